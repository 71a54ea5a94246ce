"""What the bundle leaves out, so that it stays small. Used by kiosk.spec."""

from __future__ import annotations

import re

#: Qt modules and Python packages the kiosk never imports.
UNUSED = [
    "tkinter", "unittest", "pydoc_data", "test", "pytest", "pytestqt", "hypothesis", "IPython",
    "yaml", "numpy.f2py", "numpy.distutils",  # numpy reads yaml only to print its build configuration
    # babel falls back to pkg_resources only before Python 3.10; bundled, its run-time hook
    # alone costs 70 ms at every start
    "pkg_resources", "setuptools",
    # pyqtgraph's optional helpers and their heavy dependencies; the charts need none of them
    "scipy", "matplotlib", "h5py", "cupy", "numba", "OpenGL", "colorcet", "pandas", "PIL",
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "pyqtgraph.flowchart",
    "pyqtgraph.canvas", "pyqtgraph.console",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtDBus", "PySide6.QtUiTools",
    "PySide6.QtXml", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtConcurrent",
    "PySide6.QtDesigner", "PySide6.QtHelp",  # pyqtgraph imports QtOpenGL(Widgets): they stay
    "PySide6.QtPrintSupport", "PySide6.Qt3DCore", "PySide6.QtWebEngineCore",
    # Recorded footage on the CCTV wall needs Qt Multimedia and FFmpeg (about 25 MB, which the
    # size budget has no room for); the bundle draws every camera as its schematic and logs why.
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio",
]

#: Qt libraries and plugins that come with the Qt modules above, or that a kiosk never loads.
QT_UNUSED = re.compile(
    r"(Qt6(Network|Qml|QmlModels|QmlMeta|QmlWorkerScript|Quick|Pdf|Xml|Sql|Test|Concurrent|"
    r"Designer|Help|PrintSupport|VirtualKeyboard|WebSockets|Multimedia\w*|FFmpegStub\w*)\b)"
    r"|/lib(avcodec|avformat|avutil|swresample|swscale)\.so"
    r"|/plugins/(tls|networkinformation|sqldrivers|generic|platforminputcontexts|qmltooling|printsupport|multimedia)/"
    r"|/plugins/platforms/.*(vnc|linuxfb|eglfs|minimalegl|vkkhrdisplay)"
    r"|/plugins/imageformats/.*(tga|tiff|wbmp|webp|icns|pdf)"
    r"|/qml/"
)


def unused_modules() -> list[str]:
    return list(UNUSED)


def keep_file(dest: str, languages: list[str]) -> bool:
    """Filter for the bundle's binaries and data files, by their place in the bundle."""
    path = "/" + dest.replace("\\", "/")
    if QT_UNUSED.search(path):
        return False
    if "/babel/locale-data/" in path:
        return keep_babel_locale(path, languages)
    match = re.search(r"/translations/(qt\w*?)_([a-z]{2}(?:_[A-Z]{2})?)\.qm$", path)
    if match:
        wanted = {code.split("_")[0] for code in languages}
        return match.group(2).split("_")[0] in wanted
    return True


def keep_babel_locale(source: str, languages: list[str]) -> bool:
    path = source.replace("\\", "/")
    if "/locale-data/" not in path:
        return True
    name = path.rsplit("/", 1)[-1].removesuffix(".dat")
    keep = {"root"}
    for code in languages:
        parts = code.split("_")
        keep.update("_".join(parts[: i + 1]) for i in range(len(parts)))
    return name in keep
