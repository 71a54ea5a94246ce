"""A Motion-JPEG AVI writer: enough of the RIFF container for FFmpeg to play the file."""
import struct

def write_mjpeg_avi(path, jpeg_frames, width, height, fps):
    n = len(jpeg_frames)
    chunks, index, offset = [], [], 4  # offsets count from the 'movi' fourcc
    for data in jpeg_frames:
        pad = b"\0" if len(data) % 2 else b""
        chunks.append(b"00dc" + struct.pack("<I", len(data)) + data + pad)
        index.append(b"00dc" + struct.pack("<III", 0x10, offset, len(data)))
        offset += 8 + len(data) + len(pad)
    movi = b"movi" + b"".join(chunks)
    biggest = max((len(d) for d in jpeg_frames), default=0)
    avih = struct.pack("<IIIIIIIIII4I", int(1_000_000 / fps), biggest * int(fps), 0, 0x10, n, 0, 1, biggest,
                       width, height, 0, 0, 0, 0)
    strh = b"vidsMJPG" + struct.pack("<IHHIIIIIIIIhhhh", 0, 0, 0, 0, 1, int(fps), 0, n, biggest, 0xFFFFFFFF, 0,
                                     0, 0, width, height)
    strf = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0x47504A4D, width * height * 3, 0, 0, 0, 0)
    def chunk(fourcc, body):
        return fourcc + struct.pack("<I", len(body)) + body + (b"\0" if len(body) % 2 else b"")
    def lst(kind, body):
        return b"LIST" + struct.pack("<I", len(body) + 4) + kind + body
    strl = lst(b"strl", chunk(b"strh", strh) + chunk(b"strf", strf))
    hdrl = lst(b"hdrl", chunk(b"avih", avih) + strl)
    body = b"AVI " + hdrl + b"LIST" + struct.pack("<I", len(movi)) + movi + chunk(b"idx1", b"".join(index))
    with open(path, "wb") as f:
        f.write(b"RIFF" + struct.pack("<I", len(body)) + body)
