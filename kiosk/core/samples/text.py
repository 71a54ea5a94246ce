"""Every visitor-facing string of the sample packs, in the kiosk's eight languages. No Qt here.

Each text is a dict with exactly the keys of ``LANGS``. Templates carry ``{placeholders}`` that
:func:`fmt` fills per language; a placeholder's value is either the same for every language
(a number already formatted) or itself an eight-language dict (a place name, a duration).
Numbers go through babel (CLDR) so that French reads "9,42 m" and English "9.42 m"; times are
24-hour "HH:mm", the way an operations center writes them in every language.
"""

from __future__ import annotations

from typing import Any

from babel.numbers import format_decimal

LANGS = ("ko", "en", "es", "fr", "ar", "zh_Hans", "vi", "ms")

Text = dict[str, str]


def T(ko: str, en: str, es: str, fr: str, ar: str, zh_Hans: str, vi: str, ms: str) -> Text:
    """One text in the eight languages, in the order of ``LANGS``."""
    return {"ko": ko, "en": en, "es": es, "fr": fr, "ar": ar, "zh_Hans": zh_Hans, "vi": vi, "ms": ms}


def fmt(template: Text, **values: Any) -> Text:
    """Fill a template in every language; dict values are picked per language."""
    out = {}
    for lang in LANGS:
        args = {k: (v[lang] if isinstance(v, dict) else v) for k, v in values.items()}
        out[lang] = template[lang].format(**args)
    return out


def number(value: float, decimals: int = 0) -> Text:
    """A number in each language's own notation (CLDR): 9.42 / 9,42."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return {lang: format_decimal(value, pattern, locale=lang) for lang in LANGS}


def minutes(n: int) -> Text:
    """"{n} minutes" with each language's grammar (Arabic counts 1, 2, 3-10 and 11+ differently)."""
    n = int(n)
    if n == 1:
        ar = "دقيقة واحدة"
    elif n == 2:
        ar = "دقيقتين"
    elif 3 <= n <= 10:
        ar = f"{n} دقائق"
    else:
        ar = f"{n} دقيقة"
    return T(f"{n}분", f"{n} minute" if n == 1 else f"{n} minutes", f"{n} minuto" if n == 1 else f"{n} minutos",
             f"{n} minute" if n == 1 else f"{n} minutes", ar, f"{n}分钟", f"{n} phút", f"{n} minit")


def clock(hour: int, minute: int) -> str:
    return f"{hour:02d}:{minute:02d}"


# ================================================================== places (proper names)

P = {
    "anyang_stream": T("안양천", "Anyang Stream", "Arroyo Anyang", "Ruisseau Anyang", "جدول أنيانغ", "安养川",
                       "Suối Anyang", "Sungai Anyang"),
    "hagui_stream": T("학의천", "Hagui Stream", "Arroyo Hagui", "Ruisseau Hagui", "جدول هاغوي", "鹤仪川",
                      "Suối Hagui", "Sungai Hagui"),
    "city_hall": T("안양시청 (스마트도시통합센터)", "Anyang City Hall (Smart City Integrated Operations Center)",
                   "Ayuntamiento de Anyang (Centro Integrado de Operaciones de Ciudad Inteligente)",
                   "Hôtel de ville d'Anyang (centre intégré des opérations de la ville intelligente)",
                   "مبنى بلدية أنيانغ (المركز المتكامل لعمليات المدينة الذكية)",
                   "安养市政府（智慧城市综合运营中心）",
                   "Tòa thị chính Anyang (Trung tâm Điều hành Tích hợp Đô thị Thông minh)",
                   "Dewan Bandaraya Anyang (Pusat Operasi Bersepadu Bandar Pintar)"),
    "anyang_st": T("안양역", "Anyang Station", "Estación de Anyang", "Gare d'Anyang", "محطة أنيانغ", "安养站",
                   "Ga Anyang", "Stesen Anyang"),
    "myeonghak_st": T("명학역", "Myeonghak Station", "Estación de Myeonghak", "Gare de Myeonghak", "محطة ميونغهاك",
                      "鸣鹤站", "Ga Myeonghak", "Stesen Myeonghak"),
    "seoksu_st": T("석수역", "Seoksu Station", "Estación de Seoksu", "Gare de Seoksu", "محطة سوكسو", "石水站",
                   "Ga Seoksu", "Stesen Seoksu"),
    "beomgye_st": T("범계역", "Beomgye Station", "Estación de Beomgye", "Gare de Beomgye", "محطة بومغيه", "凡溪站",
                    "Ga Beomgye", "Stesen Beomgye"),
    "pyeongchon_st": T("평촌역", "Pyeongchon Station", "Estación de Pyeongchon", "Gare de Pyeongchon",
                       "محطة بيونغتشون", "坪村站", "Ga Pyeongchon", "Stesen Pyeongchon"),
    "indeogwon_st": T("인덕원역", "Indeogwon Station", "Estación de Indeogwon", "Gare d'Indeogwon", "محطة إندوكوون",
                      "仁德院站", "Ga Indeogwon", "Stesen Indeogwon"),
    "pyeongchon_park": T("평촌중앙공원", "Pyeongchon Central Park", "Parque Central de Pyeongchon",
                         "Parc central de Pyeongchon", "حديقة بيونغتشون المركزية", "坪村中央公园",
                         "Công viên Trung tâm Pyeongchon", "Taman Pusat Pyeongchon"),
    "art_center": T("안양아트센터", "Anyang Art Center", "Centro de Arte de Anyang", "Centre d'art d'Anyang",
                    "مركز أنيانغ للفنون", "安养艺术中心", "Trung tâm Nghệ thuật Anyang", "Pusat Seni Anyang"),
    "art_park": T("안양예술공원", "Anyang Art Park", "Parque de Arte de Anyang", "Parc artistique d'Anyang",
                  "حديقة أنيانغ للفنون", "安养艺术公园", "Công viên Nghệ thuật Anyang", "Taman Seni Anyang"),
    "bisan_sports_park": T("비산체육공원", "Bisan Sports Park", "Parque Deportivo de Bisan", "Parc des sports de Bisan",
                           "حديقة بيسان الرياضية", "飞山体育公园", "Công viên Thể thao Bisan", "Taman Sukan Bisan"),
    "sports_complex": T("안양종합운동장", "Anyang Sports Complex", "Complejo Deportivo de Anyang",
                        "Complexe sportif d'Anyang", "المجمع الرياضي في أنيانغ", "安养综合运动场",
                        "Khu liên hợp Thể thao Anyang", "Kompleks Sukan Anyang"),
    "central_market": T("안양중앙시장", "Anyang Central Market", "Mercado Central de Anyang",
                        "Marché central d'Anyang", "السوق المركزية في أنيانغ", "安养中央市场",
                        "Chợ Trung tâm Anyang", "Pasar Pusat Anyang"),
    "ssanggaeul": T("쌍개울 (안양천·학의천 합류부)", "Ssanggaeul (Anyang and Hagui streams meet)",
                    "Ssanggaeul (confluencia de los arroyos Anyang y Hagui)",
                    "Ssanggaeul (confluence des ruisseaux Anyang et Hagui)",
                    "سانغغيول (ملتقى جدولي أنيانغ وهاغوي)", "双溪（安养川与鹤仪川汇流处）",
                    "Ssanggaeul (nơi hợp lưu suối Anyang và suối Hagui)",
                    "Ssanggaeul (pertemuan Sungai Anyang dan Sungai Hagui)"),
    "fire_station": T("안양소방서", "Anyang Fire Station", "Estación de Bomberos de Anyang",
                      "Caserne de pompiers d'Anyang", "مركز إطفاء أنيانغ", "安养消防署", "Trạm Cứu hỏa Anyang",
                      "Balai Bomba Anyang"),
    "manan_police": T("안양만안경찰서", "Anyang Manan Police Station", "Comisaría de Policía de Manan (Anyang)",
                      "Commissariat de police de Manan (Anyang)", "مركز شرطة مانان في أنيانغ", "安养万安警察署",
                      "Đồn Cảnh sát Manan (Anyang)", "Balai Polis Manan, Anyang"),
    "dongan_police": T("안양동안경찰서", "Anyang Dongan Police Station", "Comisaría de Policía de Dongan (Anyang)",
                       "Commissariat de police de Dongan (Anyang)", "مركز شرطة دونغان في أنيانغ", "安养东安警察署",
                       "Đồn Cảnh sát Dongan (Anyang)", "Balai Polis Dongan, Anyang"),
    # Ansan
    "ansan_city_hall": T("안산시청", "Ansan City Hall", "Ayuntamiento de Ansan", "Hôtel de ville d'Ansan",
                         "مبنى بلدية أنسان", "安山市政府", "Tòa thị chính Ansan", "Dewan Bandaraya Ansan"),
    "jungang_st": T("중앙역", "Jungang Station", "Estación de Jungang", "Gare de Jungang", "محطة جونغانغ", "中央站",
                    "Ga Jungang", "Stesen Jungang"),
    "gojan_st": T("고잔역", "Gojan Station", "Estación de Gojan", "Gare de Gojan", "محطة غوجان", "古栈站",
                  "Ga Gojan", "Stesen Gojan"),
    "handaeap_st": T("한대앞역", "Handae-ap Station", "Estación de Handae-ap", "Gare de Handae-ap",
                     "محطة هانديه-أب", "汉大前站", "Ga Handae-ap", "Stesen Handae-ap"),
    "hwarang_park": T("화랑유원지", "Hwarang Park", "Parque Hwarang", "Parc Hwarang", "منتزه هوارانغ", "花郎游园地",
                      "Công viên Hwarang", "Taman Hwarang"),
    "erica_campus": T("한양대학교 ERICA 캠퍼스", "Hanyang University ERICA campus",
                      "Campus ERICA de la Universidad Hanyang", "Campus ERICA de l'université Hanyang",
                      "حرم إريكا لجامعة هانيانغ", "汉阳大学ERICA校区", "Cơ sở ERICA của Đại học Hanyang",
                      "Kampus ERICA Universiti Hanyang"),
    "ansan_lake": T("안산호수공원 호수", "Ansan Lake", "Lago de Ansan", "Lac d'Ansan", "بحيرة أنسان", "安山湖",
                    "Hồ Ansan", "Tasik Ansan"),
}

#: The bridges of the Anyang stream named in the sample (gauges and under-bridge roads).
BRIDGE = {
    "bisan": T("비산교", "Bisan Bridge", "puente Bisan", "pont Bisan", "جسر بيسان", "飞山桥", "cầu Bisan",
               "Jambatan Bisan"),
    "naebisan": T("내비산교", "Naebisan Bridge", "puente Naebisan", "pont Naebisan", "جسر نيبيسان", "内飞山桥",
                  "cầu Naebisan", "Jambatan Naebisan"),
    "suchon": T("수촌교", "Suchon Bridge", "puente Suchon", "pont Suchon", "جسر سوتشون", "水村桥", "cầu Suchon",
                "Jambatan Suchon"),
    "daehan": T("대한교", "Daehan Bridge", "puente Daehan", "pont Daehan", "جسر ديهان", "大韩桥", "cầu Daehan",
                "Jambatan Daehan"),
    "ogeum": T("오금교", "Ogeum Bridge", "puente Ogeum", "pont Ogeum", "جسر أوغوم", "梧琴桥", "cầu Ogeum",
               "Jambatan Ogeum"),
}

UNDER_BRIDGE_ROAD = T("{bridge} 하부도로", "Road under {bridge}", "Vía bajo el {bridge}", "Voie sous le {bridge}",
                      "الطريق أسفل {bridge}", "{bridge}下道路", "Đường dưới {bridge}", "Jalan di bawah {bridge}")

ROAD = {
    "simin": T("시민대로", "Simin-daero", "Avenida Simin-daero", "Avenue Simin-daero", "جادة سيمين", "市民大路",
               "Đại lộ Simin", "Jalan Simin-daero"),
    "gyeongsu": T("경수대로", "Gyeongsu-daero", "Avenida Gyeongsu-daero", "Avenue Gyeongsu-daero", "جادة كيونغسو",
                  "京水大路", "Đại lộ Gyeongsu", "Jalan Gyeongsu-daero"),
    "pyeongchon": T("평촌대로", "Pyeongchon-daero", "Avenida Pyeongchon-daero", "Avenue Pyeongchon-daero",
                    "جادة بيونغتشون", "坪村大路", "Đại lộ Pyeongchon", "Jalan Pyeongchon-daero"),
    "manan": T("만안로", "Manan-ro", "Calle Manan-ro", "Rue Manan-ro", "شارع مانان", "万安路", "Đường Manan",
               "Jalan Manan-ro"),
    "riverside": T("안양천 둔치도로 (교량 하부도로)", "Anyang Stream riverside road (under the bridges)",
                   "Vía ribereña del arroyo Anyang (bajo los puentes)",
                   "Voie sur berge du ruisseau Anyang (sous les ponts)",
                   "الطريق المحاذي لجدول أنيانغ (أسفل الجسور)", "安养川滨河道路（桥下道路）",
                   "Đường ven suối Anyang (dưới các cây cầu)", "Jalan tebing Sungai Anyang (di bawah jambatan)"),
    "haean": T("해안로", "Haean-ro", "Calle Haean-ro", "Rue Haean-ro", "شارع هايان", "海岸路", "Đường Haean",
               "Jalan Haean-ro"),
    "hanyangdaehak": T("한양대학로", "Hanyangdaehak-ro", "Calle Hanyangdaehak-ro", "Rue Hanyangdaehak-ro",
                       "شارع جامعة هانيانغ", "汉阳大学路", "Đường Hanyangdaehak", "Jalan Hanyangdaehak-ro"),
    "jungang": T("중앙대로", "Jungang-daero", "Avenida Jungang-daero", "Avenue Jungang-daero", "جادة جونغانغ",
                 "中央大路", "Đại lộ Jungang", "Jalan Jungang-daero"),
    "pilot_west": T("시범운행 노선 (원시·시우·초지 구간)", "Pilot route, Wonsi–Siu–Choji section",
                    "Ruta piloto, tramo Wonsi–Siu–Choji", "Itinéraire pilote, section Wonsi–Siu–Choji",
                    "المسار التجريبي، مقطع وونسي–سيو–تشوجي", "示范线路元时站至草芝站段",
                    "Tuyến thí điểm, đoạn Wonsi–Siu–Choji", "Laluan perintis, bahagian Wonsi–Siu–Choji"),
    "lake_road": T("호수공원 진입로", "Lake Park access road", "Acceso al Parque del Lago", "Accès au parc du lac",
                   "طريق الوصول إلى حديقة البحيرة", "湖水公园进出道路", "Đường vào Công viên Hồ",
                   "Jalan masuk Taman Tasik"),
}

# ================================================================== disaster pack

DISASTER_TITLE = T(
    "안양 — 집중호우와 긴급상황의 하루",
    "Anyang — a day of flash flooding and emergencies",
    "Anyang: un día de crecida repentina y emergencias",
    "Anyang : une journée de crue éclair et d'urgences",
    "أنيانغ: يوم من الفيضانات المفاجئة وحالات الطوارئ",
    "安养：暴雨洪水与紧急事件的一天",
    "Anyang: một ngày lũ quét và các tình huống khẩn cấp",
    "Anyang: sehari banjir kilat dan kecemasan",
)

DISASTER_SUMMARY = T(
    "안양의 실제 지점·수위계·기준을 바탕으로 구성한 여름 토요일 모의 상황입니다. 심야에 CCTV로 찾은 실종 어르신, "
    "안양중앙시장 화재, 축제 인파 관리에 이어 3시간 90mm가 넘는 집중호우, 교량 하부도로 자동 통제, 안양천 홍수경보, "
    "하천변 주민 대피가 이어집니다.",
    "A simulated summer Saturday built from Anyang's real places, gauges and thresholds: a missing elderly man "
    "found on CCTV at night, a fire at Anyang Central Market, crowd control at a festival, then more than 90 mm of "
    "rain in three hours, automatic road closures, a flood warning on Anyang Stream and the evacuation of riverside "
    "homes.",
    "Un sábado de verano simulado a partir de lugares, medidores y umbrales reales de Anyang: un anciano "
    "desaparecido localizado por CCTV de madrugada, un incendio en el Mercado Central de Anyang, el control del "
    "público en un festival y, después, más de 90 mm de lluvia en tres horas, cierres automáticos de vías, una "
    "alerta de crecida en el arroyo Anyang y la evacuación de viviendas ribereñas.",
    "Un samedi d'été simulé à partir de lieux, de stations de mesure et de seuils réels d'Anyang : un homme âgé "
    "disparu retrouvé par vidéosurveillance dans la nuit, un incendie au marché central d'Anyang, la gestion de la "
    "foule lors d'un festival, puis plus de 90 mm de pluie en trois heures, des fermetures automatiques de voies, "
    "une alerte crue sur le ruisseau Anyang et l'évacuation de logements riverains.",
    "يوم سبت صيفي محاكى استنادًا إلى أماكن ومحطات قياس وعتبات حقيقية في أنيانغ: العثور ليلًا عبر كاميرات المراقبة "
    "على مسنّ مفقود، وحريق في السوق المركزية في أنيانغ، وإدارة الحشود في مهرجان، ثم أكثر من 90 ملم من الأمطار في "
    "ثلاث ساعات، وإغلاق آلي للطرق، وتحذير من فيضان جدول أنيانغ، وإجلاء سكان المنازل المحاذية له.",
    "根据安养市真实地点、水位站和预警标准模拟的夏季周六：深夜通过监控找到走失老人，安养中央市场火灾，"
    "庆典人群管理，随后3小时降雨超过90毫米，桥下道路自动封闭，安养川发布洪水警报，沿岸居民疏散。",
    "Một ngày thứ Bảy mùa hè mô phỏng dựa trên địa điểm, trạm đo và ngưỡng cảnh báo thực tế của Anyang: tìm thấy "
    "cụ ông mất tích qua CCTV lúc nửa đêm, vụ cháy tại Chợ Trung tâm Anyang, quản lý đám đông tại lễ hội, rồi hơn "
    "90 mm mưa trong ba giờ, tự động cấm đường, cảnh báo lũ trên suối Anyang và sơ tán cư dân ven suối.",
    "Hari Sabtu musim panas yang disimulasikan berdasarkan lokasi, tolok dan paras ambang sebenar di Anyang: warga "
    "emas yang hilang ditemui melalui CCTV pada waktu malam, kebakaran di Pasar Pusat Anyang, kawalan orang ramai "
    "di sebuah festival, kemudian lebih 90 mm hujan dalam tiga jam, penutupan jalan secara automatik, amaran banjir "
    "di Sungai Anyang dan pemindahan penduduk tepi sungai.",
)

SENSOR = {
    "wl-ogeum": T("안양천 오금교 수위관측소 (서울 양천구, 홍수예보 지점)",
                  "Anyang Stream at Ogeum Bridge (Yangcheon-gu, Seoul; flood forecast point)",
                  "Arroyo Anyang en el puente Ogeum (Yangcheon-gu, Seúl; punto de pronóstico de crecidas)",
                  "Ruisseau Anyang au pont Ogeum (Yangcheon-gu, Séoul ; point de prévision des crues)",
                  "جدول أنيانغ عند جسر أوغوم (يانغتشون-غو، سيول؛ نقطة التنبؤ بالفيضانات)",
                  "安养川梧琴桥水位站（首尔阳川区，洪水预报点）",
                  "Suối Anyang tại cầu Ogeum (Yangcheon-gu, Seoul; điểm dự báo lũ)",
                  "Sungai Anyang di Jambatan Ogeum (Yangcheon-gu, Seoul; titik ramalan banjir)"),
    "wl-suchon": T("안양천 수촌교 수위계", "Anyang Stream at Suchon Bridge", "Arroyo Anyang en el puente Suchon",
                   "Ruisseau Anyang au pont Suchon", "جدول أنيانغ عند جسر سوتشون", "安养川水村桥水位计",
                   "Suối Anyang tại cầu Suchon", "Sungai Anyang di Jambatan Suchon"),
    "wl-bisan": T("안양천 비산교 수위계 (쌍개울)", "Anyang Stream at Bisan Bridge (Ssanggaeul)",
                  "Arroyo Anyang en el puente Bisan (Ssanggaeul)", "Ruisseau Anyang au pont Bisan (Ssanggaeul)",
                  "جدول أنيانغ عند جسر بيسان (سانغغيول)", "安养川飞山桥水位计（双溪）",
                  "Suối Anyang tại cầu Bisan (Ssanggaeul)", "Sungai Anyang di Jambatan Bisan (Ssanggaeul)"),
    "wl-daehan": T("안양천 대한교 수위계", "Anyang Stream at Daehan Bridge", "Arroyo Anyang en el puente Daehan",
                   "Ruisseau Anyang au pont Daehan", "جدول أنيانغ عند جسر ديهان", "安养川大韩桥水位计",
                   "Suối Anyang tại cầu Daehan", "Sungai Anyang di Jambatan Daehan"),
    "wl-hagui": T("학의천 평촌 수위계", "Hagui Stream at Pyeongchon", "Arroyo Hagui en Pyeongchon",
                  "Ruisseau Hagui à Pyeongchon", "جدول هاغوي عند بيونغتشون", "鹤仪川坪村水位计",
                  "Suối Hagui tại Pyeongchon", "Sungai Hagui di Pyeongchon"),
    "rain-cityhall": T("안양시청 강우량계", "Rain gauge, Anyang City Hall", "Pluviómetro del Ayuntamiento de Anyang",
                       "Pluviomètre de l'hôtel de ville d'Anyang", "مقياس المطر في مبنى بلدية أنيانغ",
                       "安养市政府雨量计", "Trạm đo mưa Tòa thị chính Anyang", "Tolok hujan Dewan Bandaraya Anyang"),
    "rain-manan": T("만안구청 강우량계", "Rain gauge, Manan-gu Office", "Pluviómetro de la Oficina del Distrito de Manan",
                    "Pluviomètre de la mairie d'arrondissement de Manan", "مقياس المطر في مكتب حي مانان",
                    "万安区厅雨量计", "Trạm đo mưa Văn phòng quận Manan", "Tolok hujan Pejabat Daerah Manan"),
    "rain-seoksu": T("석수동 강우량계", "Rain gauge, Seoksu-dong", "Pluviómetro de Seoksu-dong",
                     "Pluviomètre de Seoksu-dong", "مقياس المطر في سوكسو-دونغ", "石水洞雨量计",
                     "Trạm đo mưa Seoksu-dong", "Tolok hujan Seoksu-dong"),
    "crowd-pyeongchon": T(
        "평촌중앙공원 주무대 인파 밀집도 (기지국 데이터 추정)",
        "Crowd density at the Pyeongchon Central Park main stage (estimated from mobile base-station data)",
        "Densidad de público junto al escenario principal del Parque Central de Pyeongchon (estimada con datos de "
        "estaciones base móviles)",
        "Densité de foule près de la scène principale du parc central de Pyeongchon (estimée à partir des données "
        "des stations de base mobiles)",
        "كثافة الحشود عند المنصة الرئيسية في حديقة بيونغتشون المركزية (مقدّرة من بيانات محطات الاتصالات المتنقلة)",
        "坪村中央公园主舞台人群密度（根据移动基站数据估算）",
        "Mật độ đám đông tại sân khấu chính Công viên Trung tâm Pyeongchon (ước tính từ dữ liệu trạm gốc di động)",
        "Kepadatan orang ramai di pentas utama Taman Pusat Pyeongchon (dianggarkan daripada data stesen pangkalan "
        "mudah alih)"),
}

FLOOD_AREA = T("홍수경보 구역: 안양천", "Flood warning area: Anyang Stream", "Zona de alerta de crecida: arroyo Anyang",
               "Zone d'alerte crue : ruisseau Anyang", "منطقة التحذير من الفيضان: جدول أنيانغ", "洪水警报区域：安养川",
               "Khu vực cảnh báo lũ: suối Anyang", "Kawasan amaran banjir: Sungai Anyang")

EVENT = {
    "flood_advisory": T(
        "홍수주의보: 안양천 오금교 지점 ({level}m)",
        "Flood advisory: Anyang Stream at Ogeum Bridge ({level} m)",
        "Aviso de crecida: arroyo Anyang en el puente Ogeum ({level} m)",
        "Vigilance crue : ruisseau Anyang au pont Ogeum ({level} m)",
        "تنبيه فيضان: جدول أنيانغ عند جسر أوغوم ({level} م)",
        "洪水注意报：安养川梧琴桥（{level}米）",
        "Khuyến cáo lũ: suối Anyang tại cầu Ogeum ({level} m)",
        "Nasihat banjir: Sungai Anyang di Jambatan Ogeum ({level} m)"),
    "flood_warning": T(
        "홍수경보: 안양천 오금교 지점 ({level}m)",
        "Flood warning: Anyang Stream at Ogeum Bridge ({level} m)",
        "Alerta de crecida: arroyo Anyang en el puente Ogeum ({level} m)",
        "Alerte crue : ruisseau Anyang au pont Ogeum ({level} m)",
        "تحذير من الفيضان: جدول أنيانغ عند جسر أوغوم ({level} م)",
        "洪水警报：安养川梧琴桥（{level}米）",
        "Cảnh báo lũ: suối Anyang tại cầu Ogeum ({level} m)",
        "Amaran banjir: Sungai Anyang di Jambatan Ogeum ({level} m)"),
    "road_closure": T("{bridge} 하부도로 통제", "Road under {bridge} closed", "Cierre de la vía bajo el {bridge}",
                      "Fermeture de la voie sous le {bridge}", "إغلاق الطريق أسفل {bridge}", "{bridge}下道路封闭",
                      "Cấm đường dưới {bridge}", "Jalan di bawah {bridge} ditutup"),
    "evacuation": T("대한교 인근 안양천변 저지대 주민 대피", "Evacuation of low-lying riverside homes near Daehan Bridge",
                    "Evacuación de viviendas bajas junto al arroyo, cerca del puente Daehan",
                    "Évacuation des logements bas en bord de ruisseau près du pont Daehan",
                    "إجلاء سكان المنازل المنخفضة على ضفاف الجدول قرب جسر ديهان",
                    "大韩桥附近安养川沿岸低洼住户疏散",
                    "Sơ tán cư dân vùng trũng ven suối gần cầu Daehan",
                    "Pemindahan penduduk rumah rendah di tepi sungai berhampiran Jambatan Daehan"),
    "fire": T("안양중앙시장 화재", "Fire at Anyang Central Market", "Incendio en el Mercado Central de Anyang",
              "Incendie au marché central d'Anyang", "حريق في السوق المركزية في أنيانغ", "安养中央市场火灾",
              "Cháy tại Chợ Trung tâm Anyang", "Kebakaran di Pasar Pusat Anyang"),
    "missing_person": T(
        "실종 치매 어르신 CCTV로 발견 (안양종합운동장 인근)",
        "Missing elderly man with dementia found on CCTV near Anyang Sports Complex",
        "Anciano con demencia desaparecido, localizado por CCTV cerca del Complejo Deportivo de Anyang",
        "Homme âgé atteint de démence porté disparu, retrouvé par vidéosurveillance près du complexe sportif d'Anyang",
        "العثور عبر كاميرات المراقبة على مسنّ مفقود مصاب بالخرف قرب المجمع الرياضي في أنيانغ",
        "安养综合运动场附近通过监控找到走失的失智老人",
        "Tìm thấy cụ ông mắc chứng sa sút trí tuệ bị mất tích qua CCTV gần Khu liên hợp Thể thao Anyang",
        "Warga emas penghidap demensia yang hilang ditemui melalui CCTV berhampiran Kompleks Sukan Anyang"),
    "crowd": T("평촌중앙공원 축제 인파 밀집 주의", "Crowd density alert at the Pyeongchon Central Park festival",
               "Alerta de densidad de público en el festival del Parque Central de Pyeongchon",
               "Alerte de densité de foule au festival du parc central de Pyeongchon",
               "تنبيه كثافة الحشود في مهرجان حديقة بيونغتشون المركزية",
               "坪村中央公园庆典人群密集预警",
               "Cảnh báo mật độ đám đông tại lễ hội Công viên Trung tâm Pyeongchon",
               "Amaran kepadatan orang ramai di festival Taman Pusat Pyeongchon"),
}

CAP_WARNING = {
    "event": T("홍수경보", "Flood warning", "Alerta de crecida", "Alerte crue", "تحذير من الفيضان", "洪水警报",
               "Cảnh báo lũ", "Amaran banjir"),
    "headline": T("안양천 서울시(오금교) 지점 홍수경보 발령",
                  "Flood warning for Anyang Stream at Ogeum Bridge (Seoul)",
                  "Alerta de crecida en el arroyo Anyang, puente Ogeum (Seúl)",
                  "Alerte crue sur le ruisseau Anyang au pont Ogeum (Séoul)",
                  "تحذير من الفيضان على جدول أنيانغ عند جسر أوغوم (سيول)",
                  "安养川首尔市（梧琴桥）站发布洪水警报",
                  "Cảnh báo lũ trên suối Anyang tại cầu Ogeum (Seoul)",
                  "Amaran banjir bagi Sungai Anyang di Jambatan Ogeum (Seoul)"),
    "description": T(
        "집중호우로 안양천 오금교 지점 수위가 {time}경 홍수경보 수위(9.00m)를 넘을 것으로 예상됩니다. 상류인 "
        "안양시 구간은 이미 경계 수위를 넘었습니다.",
        "Heavy rain over the basin is expected to lift Anyang Stream at Ogeum Bridge above the 9.00 m flood-warning "
        "level at about {time}. Upstream, in Anyang, the stream has already passed its warning levels.",
        "Se prevé que las intensas lluvias en la cuenca eleven el arroyo Anyang en el puente Ogeum por encima del "
        "nivel de alerta de 9,00 m hacia las {time}. Aguas arriba, en Anyang, el arroyo ya ha superado sus "
        "niveles de alerta.",
        "Les fortes pluies sur le bassin devraient porter le ruisseau Anyang au pont Ogeum au-dessus du niveau "
        "d'alerte de 9,00 m vers {time}. En amont, à Anyang, le ruisseau a déjà dépassé ses niveaux d'alerte.",
        "يُتوقع أن ترفع الأمطار الغزيرة على الحوض منسوب جدول أنيانغ عند جسر أوغوم فوق مستوى التحذير من الفيضان البالغ "
        "9.00 م نحو الساعة {time}. وفي أعلى المجرى، في أنيانغ، تجاوز الجدول بالفعل مستويات التحذير.",
        "受流域强降雨影响，预计安养川梧琴桥水位将于{time}前后超过洪水警报水位9.00米。上游安养市区河段水位已超过警戒水位。",
        "Mưa lớn trên lưu vực dự kiến sẽ đẩy mực nước suối Anyang tại cầu Ogeum vượt mức cảnh báo lũ 9,00 m vào "
        "khoảng {time}. Ở thượng nguồn, đoạn chảy qua Anyang đã vượt các mức cảnh báo.",
        "Hujan lebat di lembangan dijangka menaikkan paras Sungai Anyang di Jambatan Ogeum melebihi paras amaran "
        "banjir 9.00 m kira-kira pada {time}. Di hulu, di Anyang, paras sungai telah pun melepasi paras amaran."),
    "instruction": T(
        "하천 산책로, 둔치 주차장, 교량 하부도로에 접근하지 마십시오. 저지대 주민은 안내에 따라 안양종합운동장 대피소 등 "
        "안전한 곳으로 이동하십시오.",
        "Keep away from riverside paths, riverbank car parks and under-bridge roads. Residents of low-lying homes "
        "should follow official guidance and move to a safe place such as the shelter at Anyang Sports Complex.",
        "Manténgase alejado de los paseos ribereños, los aparcamientos junto al cauce y las vías bajo los puentes. "
        "Los residentes de viviendas bajas deben seguir las indicaciones oficiales y trasladarse a un lugar seguro, "
        "como el refugio del Complejo Deportivo de Anyang.",
        "Éloignez-vous des promenades en bord de ruisseau, des parkings sur berge et des voies sous les ponts. Les "
        "habitants des logements bas doivent suivre les consignes officielles et rejoindre un lieu sûr, comme l'abri "
        "du complexe sportif d'Anyang.",
        "ابتعدوا عن الممرات المحاذية للجدول ومواقف السيارات على ضفافه والطرق الواقعة أسفل الجسور. وعلى سكان المنازل "
        "المنخفضة اتباع التعليمات الرسمية والانتقال إلى مكان آمن مثل مركز الإيواء في المجمع الرياضي في أنيانغ.",
        "请勿靠近河边步道、河滩停车场和桥下道路。低洼地带居民请按照官方指引，转移到安养综合运动场避难所等安全地点。",
        "Không đến gần đường đi bộ ven suối, bãi đỗ xe ven bờ và các tuyến đường dưới gầm cầu. Cư dân vùng trũng hãy "
        "làm theo hướng dẫn chính thức và di chuyển đến nơi an toàn như điểm trú ẩn tại Khu liên hợp Thể thao Anyang.",
        "Jauhi laluan tepi sungai, tempat letak kereta di tebing dan jalan di bawah jambatan. Penduduk rumah rendah "
        "hendaklah mengikut arahan rasmi dan berpindah ke tempat selamat seperti pusat pemindahan di Kompleks Sukan "
        "Anyang."),
    "areaDesc": T(
        "안양천 유역 (의왕시, 군포시, 안양시, 광명시, 서울 금천구·구로구·양천구·영등포구)",
        "Anyang Stream basin (Uiwang, Gunpo, Anyang, Gwangmyeong; Geumcheon-gu, Guro-gu, Yangcheon-gu and "
        "Yeongdeungpo-gu in Seoul)",
        "Cuenca del arroyo Anyang (Uiwang, Gunpo, Anyang, Gwangmyeong y los distritos de Geumcheon, Guro, Yangcheon "
        "y Yeongdeungpo en Seúl)",
        "Bassin du ruisseau Anyang (Uiwang, Gunpo, Anyang, Gwangmyeong et les arrondissements de Geumcheon, Guro, "
        "Yangcheon et Yeongdeungpo à Séoul)",
        "حوض جدول أنيانغ (أويوانغ وغونبو وأنيانغ وغوانغميونغ، وأحياء غومتشون وغورو ويانغتشون ويونغدونغبو في سيول)",
        "安养川流域（义王市、军浦市、安养市、光明市，首尔衿川区、九老区、阳川区、永登浦区）",
        "Lưu vực suối Anyang (Uiwang, Gunpo, Anyang, Gwangmyeong và các quận Geumcheon, Guro, Yangcheon, "
        "Yeongdeungpo của Seoul)",
        "Lembangan Sungai Anyang (Uiwang, Gunpo, Anyang, Gwangmyeong serta daerah Geumcheon, Guro, Yangcheon dan "
        "Yeongdeungpo di Seoul)"),
}

#: The disaster text (cell broadcast) as the public data portal records it: the message stays Korean.
DISASTER_TEXT_MSG = ("[한강홍수통제소] {time} 안양천 서울시(오금교) 지점 홍수경보 발령. 하천변 접근을 삼가고 "
                     "저지대 주민은 안전한 곳으로 대피하시기 바랍니다.")

UNIT = {
    "pumper": T("안양소방서 펌프차 1호", "Anyang Fire Station Pumper 1", "Autobomba 1 de la Estación de Bomberos de Anyang",
                "Fourgon-pompe 1 de la caserne d'Anyang", "سيارة الإطفاء 1، مركز إطفاء أنيانغ", "安养消防署1号水罐消防车",
                "Xe chữa cháy số 1, Trạm Cứu hỏa Anyang", "Jentera pam 1, Balai Bomba Anyang"),
    "ambulance": T("안양소방서 구급차 1호", "Anyang Fire Station Ambulance 1",
                   "Ambulancia 1 de la Estación de Bomberos de Anyang", "Ambulance 1 de la caserne d'Anyang",
                   "سيارة الإسعاف 1، مركز إطفاء أنيانغ", "安养消防署1号救护车", "Xe cứu thương số 1, Trạm Cứu hỏa Anyang",
                   "Ambulans 1, Balai Bomba Anyang"),
    "manan_patrol": T("안양만안경찰서 순찰차 {k}호", "Anyang Manan Police Patrol Car {k}",
                      "Patrulla {k} de la Comisaría de Manan", "Voiture de patrouille {k} du commissariat de Manan",
                      "سيارة الدورية {k}، مركز شرطة مانان", "安养万安警察署{k}号巡逻车",
                      "Xe tuần tra số {k}, Đồn Cảnh sát Manan", "Kereta peronda {k}, Balai Polis Manan"),
    "dongan_patrol": T("안양동안경찰서 순찰차 {k}호", "Anyang Dongan Police Patrol Car {k}",
                       "Patrulla {k} de la Comisaría de Dongan", "Voiture de patrouille {k} du commissariat de Dongan",
                       "سيارة الدورية {k}، مركز شرطة دونغان", "安养东安警察署{k}号巡逻车",
                       "Xe tuần tra số {k}, Đồn Cảnh sát Dongan", "Kereta peronda {k}, Balai Polis Dongan"),
    "missing_route": T("실종자 이동 경로 (CCTV 확인)", "Missing person's route (CCTV sightings)",
                       "Recorrido de la persona desaparecida (avistamientos por CCTV)",
                       "Trajet de la personne disparue (repérages par vidéosurveillance)",
                       "مسار الشخص المفقود (مشاهدات كاميرات المراقبة)", "失踪者行走路线（监控画面确认）",
                       "Lộ trình của người mất tích (ghi nhận qua CCTV)",
                       "Laluan individu hilang (dikesan melalui CCTV)"),
}

CH_DISASTER = {
    "missing": T(
        "{time} AI가 안양종합운동장 앞에서 30분 넘게 배회하는 남성을 알립니다. 관제요원이 실종 신고된 치매 어르신임을 "
        "확인했고, 경찰이 {mins} 만에 도착해 보호합니다.",
        "{time} — the AI flags a man loitering for over 30 minutes outside Anyang Sports Complex. The operator "
        "recognises an elderly man with dementia reported missing; police reach him in {mins}.",
        "{time}: la IA señala a un hombre que merodea desde hace más de 30 minutos frente al Complejo Deportivo de "
        "Anyang. El operador reconoce a un anciano con demencia denunciado como desaparecido; la policía llega en "
        "{mins}.",
        "{time} : l'IA signale un homme qui s'attarde depuis plus de 30 minutes devant le complexe sportif d'Anyang. "
        "L'opérateur reconnaît un homme âgé atteint de démence signalé disparu ; la police le rejoint en {mins}.",
        "{time} — ينبّه الذكاء الاصطناعي إلى رجل يتسكّع منذ أكثر من 30 دقيقة أمام المجمع الرياضي في أنيانغ. يتعرّف "
        "المشغّل على مسنّ مصاب بالخرف مُبلَّغ عن فقدانه، وتصل إليه الشرطة خلال {mins}.",
        "{time}，AI提示有一名男子在安养综合运动场门前徘徊超过30分钟。值班人员确认其为已报失踪的失智老人，警察{mins}后赶到。",
        "{time} — AI cảnh báo một người đàn ông đi lại lảng vảng hơn 30 phút trước Khu liên hợp Thể thao Anyang. "
        "Nhân viên trực nhận ra đây là cụ ông mắc chứng sa sút trí tuệ đã được trình báo mất tích; cảnh sát đến nơi "
        "sau {mins}.",
        "{time} — AI memberi amaran tentang seorang lelaki yang berlegar lebih 30 minit di hadapan Kompleks Sukan "
        "Anyang. Pengendali mengenal pasti beliau sebagai warga emas penghidap demensia yang dilaporkan hilang; polis "
        "tiba dalam masa {mins}."),
    "fire": T(
        "{time} 안양중앙시장에서 화재가 발생했습니다. 센터는 119에 현장 영상과 출동 경로를 보내고, 첫 펌프차가 {mins} 만에 "
        "도착합니다.",
        "{time} — fire at Anyang Central Market. The center sends 119 the scene video and the engines' route; the "
        "first pumper arrives in {mins}.",
        "{time}: incendio en el Mercado Central de Anyang. El centro envía al 119 el vídeo del lugar y la ruta de "
        "los vehículos; la primera autobomba llega en {mins}.",
        "{time} : incendie au marché central d'Anyang. Le centre transmet au 119 les images du site et l'itinéraire "
        "des engins ; le premier fourgon-pompe arrive en {mins}.",
        "{time} — حريق في السوق المركزية في أنيانغ. يرسل المركز إلى خدمة 119 بثّ الموقع ومسار سيارات الإطفاء، وتصل "
        "أول سيارة إطفاء خلال {mins}.",
        "{time}，安养中央市场发生火灾。中心向119发送现场视频和消防车行车路线，第一辆水罐消防车{mins}后到达。",
        "{time} — cháy tại Chợ Trung tâm Anyang. Trung tâm gửi cho 119 hình ảnh hiện trường và lộ trình của xe cứu "
        "hỏa; xe chữa cháy đầu tiên đến sau {mins}.",
        "{time} — kebakaran di Pasar Pusat Anyang. Pusat menghantar video lokasi dan laluan jentera kepada 119; "
        "jentera pam pertama tiba dalam masa {mins}."),
    "crowd": T(
        "{time} 평촌중앙공원 축제: 기지국 데이터로 추정한 주무대 앞 밀집도가 ㎡당 3명을 넘었습니다. 경찰이 인파를 관리하고, "
        "주최 측은 비 예보에 따라 행사를 일찍 마칩니다.",
        "{time} — festival at Pyeongchon Central Park: density near the main stage, estimated from mobile "
        "base-station data, passes 3 people per m². Police manage the flow and the organisers close early ahead of "
        "the rain.",
        "{time}: festival en el Parque Central de Pyeongchon. La densidad junto al escenario principal, estimada con "
        "datos de estaciones base móviles, supera las 3 personas por m². La policía ordena el flujo y los "
        "organizadores terminan antes de tiempo ante la lluvia prevista.",
        "{time} : festival au parc central de Pyeongchon. La densité près de la scène principale, estimée à partir "
        "des stations de base mobiles, dépasse 3 personnes par m². La police régule les flux et les organisateurs "
        "écourtent la fête avant la pluie.",
        "{time} — مهرجان في حديقة بيونغتشون المركزية: تتجاوز كثافة الحشود قرب المنصة الرئيسية، المقدّرة من بيانات "
        "محطات الاتصالات المتنقلة، 3 أشخاص لكل متر مربع. تنظّم الشرطة حركة الحشود، ويُنهي المنظّمون الفعالية مبكرًا "
        "قبل هطول الأمطار.",
        "{time}，坪村中央公园举办庆典：根据移动基站数据估算，主舞台前人群密度超过每平方米3人。警察疏导人流，"
        "主办方因降雨预报提前结束活动。",
        "{time} — lễ hội tại Công viên Trung tâm Pyeongchon: mật độ gần sân khấu chính, ước tính từ dữ liệu trạm "
        "gốc di động, vượt 3 người/m². Cảnh sát điều tiết dòng người và ban tổ chức kết thúc sớm trước cơn mưa.",
        "{time} — festival di Taman Pusat Pyeongchon: kepadatan berhampiran pentas utama, yang dianggarkan daripada "
        "data stesen pangkalan mudah alih, melebihi 3 orang setiap m². Polis mengawal aliran orang ramai dan "
        "penganjur menamatkan acara lebih awal sebelum hujan."),
    "rain": T(
        "{time}부터 집중호우: 안양시청 강우량계에 3시간 동안 {mm}mm가 내려 호우경보 기준(3시간 90mm)을 넘었습니다.",
        "Heavy rain from {time}: {mm} mm falls in three hours at City Hall, above the 90 mm heavy-rain warning level.",
        "Lluvia intensa desde las {time}: caen {mm} mm en tres horas en el Ayuntamiento, por encima del umbral de "
        "alerta por lluvias intensas de 90 mm.",
        "Fortes pluies à partir de {time} : {mm} mm tombent en trois heures à l'hôtel de ville, au-delà du seuil "
        "d'alerte de 90 mm.",
        "أمطار غزيرة منذ الساعة {time}: هطل {mm} ملم خلال ثلاث ساعات عند مبنى البلدية، متجاوزًا حدّ التحذير من "
        "الأمطار الغزيرة البالغ 90 ملم.",
        "{time}起暴雨：市政府雨量计3小时降雨{mm}毫米，超过暴雨警报标准（3小时90毫米）。",
        "Mưa lớn từ {time}: trạm Tòa thị chính đo được {mm} mm trong ba giờ, vượt ngưỡng cảnh báo mưa lớn 90 mm.",
        "Hujan lebat dari {time}: {mm} mm turun dalam tiga jam di Dewan Bandaraya, melebihi paras amaran hujan "
        "lebat 90 mm."),
    "roads": T(
        "{time} 하천 수위가 오르자 비산교·내비산교·수촌교·대한교 하부도로가 통제됩니다. 센터가 차단기, 전광판, 방송 "
        "설비를 작동합니다.",
        "{time} — rising water closes the roads under Bisan, Naebisan, Suchon and Daehan bridges: the center "
        "triggers the barriers, signs and speakers.",
        "{time}: la crecida obliga a cerrar las vías bajo los puentes Bisan, Naebisan, Suchon y Daehan; el centro "
        "activa las barreras, los paneles y los altavoces.",
        "{time} : la montée des eaux entraîne la fermeture des voies sous les ponts Bisan, Naebisan, Suchon et "
        "Daehan ; le centre déclenche barrières, panneaux et haut-parleurs.",
        "{time} — مع ارتفاع منسوب المياه تُغلق الطرق أسفل جسور بيسان ونيبيسان وسوتشون وديهان، ويشغّل المركز الحواجز "
        "واللوحات الإرشادية ومكبّرات الصوت.",
        "{time}，河水上涨，飞山桥、内飞山桥、水村桥和大韩桥下道路封闭，中心启动拦车杆、电子显示屏和广播。",
        "{time} — nước dâng khiến các tuyến đường dưới cầu Bisan, Naebisan, Suchon và Daehan bị cấm; trung tâm kích "
        "hoạt barie, biển báo và loa phát thanh.",
        "{time} — paras air yang meningkat menyebabkan jalan di bawah jambatan Bisan, Naebisan, Suchon dan Daehan "
        "ditutup; pusat mengaktifkan penghadang, papan tanda dan pembesar suara."),
    "flood": T(
        "안양천 오금교 지점 수위가 {t1}에 홍수주의보 수위 7.00m, {t2}에 홍수경보 수위 9.00m를 넘어 최고 {peak}m에 "
        "이릅니다. 홍수경보는 재난문자로 발송됩니다.",
        "Anyang Stream at Ogeum Bridge passes the 7.00 m advisory level at {t1} and the 9.00 m warning level at "
        "{t2}, peaking at {peak} m. The flood warning goes out as a disaster text.",
        "El arroyo Anyang en el puente Ogeum supera el nivel de aviso de 7,00 m a las {t1} y el de alerta de 9,00 m "
        "a las {t2}, con un máximo de {peak} m. La alerta de crecida se difunde por mensaje de emergencia a los "
        "móviles.",
        "Au pont Ogeum, le ruisseau Anyang dépasse le niveau de vigilance de 7,00 m à {t1} puis le niveau d'alerte "
        "de 9,00 m à {t2}, avec un pic à {peak} m. L'alerte crue est diffusée par message d'alerte sur les "
        "téléphones.",
        "يتجاوز منسوب جدول أنيانغ عند جسر أوغوم مستوى التنبيه 7.00 م عند الساعة {t1} ومستوى التحذير 9.00 م عند "
        "الساعة {t2}، ويبلغ ذروته {peak} م. ويُبثّ تحذير الفيضان رسالةً نصية للطوارئ.",
        "安养川梧琴桥水位于{t1}超过洪水注意报水位7.00米，{t2}超过洪水警报水位9.00米，最高达{peak}米。"
        "洪水警报以灾难短信发出。",
        "Suối Anyang tại cầu Ogeum vượt mức khuyến cáo 7,00 m lúc {t1} và mức cảnh báo 9,00 m lúc {t2}, đạt đỉnh "
        "{peak} m. Cảnh báo lũ được gửi qua tin nhắn thảm họa.",
        "Sungai Anyang di Jambatan Ogeum melepasi paras nasihat 7.00 m pada {t1} dan paras amaran 9.00 m pada {t2}, "
        "memuncak pada {peak} m. Amaran banjir dihantar sebagai mesej teks bencana."),
    "evacuation": T(
        "{time} 대한교 인근 하천변 저지대 주민을 안양종합운동장 대피소로 안내합니다.",
        "{time} — residents of low-lying homes by the stream near Daehan Bridge are guided to the shelter at Anyang "
        "Sports Complex.",
        "{time}: se guía a los vecinos de las viviendas bajas junto al arroyo, cerca del puente Daehan, hacia el "
        "refugio del Complejo Deportivo de Anyang.",
        "{time} : les habitants des logements bas en bord de ruisseau près du pont Daehan sont guidés vers l'abri du "
        "complexe sportif d'Anyang.",
        "{time} — يُوجَّه سكان المنازل المنخفضة على ضفاف الجدول قرب جسر ديهان إلى مركز الإيواء في المجمع الرياضي في "
        "أنيانغ.",
        "{time}，大韩桥附近河边低洼地带居民被引导至安养综合运动场避难所。",
        "{time} — cư dân các nhà vùng trũng ven suối gần cầu Daehan được hướng dẫn đến nơi trú ẩn tại Khu liên hợp "
        "Thể thao Anyang.",
        "{time} — penduduk rumah rendah di tepi sungai berhampiran Jambatan Daehan diarahkan ke pusat pemindahan di "
        "Kompleks Sukan Anyang."),
    "night": T(
        "밤이 되면서 수위가 내려가 {time}에 홍수특보가 모두 해제되고, 청소를 마친 하부도로가 다시 개방됩니다.",
        "Night: the water falls, the flood alerts are lifted at {time} and the riverside roads reopen after cleaning.",
        "Noche: el agua baja, los avisos de crecida se levantan a las {time} y las vías ribereñas reabren tras la "
        "limpieza.",
        "La nuit, l'eau baisse : les alertes crue sont levées à {time} et les voies sur berge rouvrent après "
        "nettoyage.",
        "في الليل ينخفض منسوب المياه، وتُرفع تنبيهات الفيضان عند الساعة {time}، ويُعاد فتح الطرق المحاذية للجدول بعد "
        "تنظيفها.",
        "夜间水位回落，洪水特报于{time}全部解除，清理完毕的滨河道路重新开放。",
        "Ban đêm, nước rút; các cảnh báo lũ được dỡ bỏ lúc {time} và các tuyến đường ven suối mở lại sau khi dọn dẹp.",
        "Pada waktu malam, air surut; amaran banjir ditarik balik pada {time} dan jalan tebing sungai dibuka semula "
        "selepas dibersihkan."),
}

# ================================================================== CCTV pack

CCTV_TITLE = T(
    "안양 — AI 선별관제의 하루",
    "Anyang — a day of AI selective monitoring",
    "Anyang: un día de videovigilancia selectiva con IA",
    "Anyang : une journée de vidéosurveillance sélective par IA",
    "أنيانغ: يوم من المراقبة الانتقائية بالذكاء الاصطناعي",
    "安养：AI选择性监控的一天",
    "Anyang: một ngày giám sát chọn lọc bằng AI",
    "Anyang: sehari pemantauan terpilih berasaskan AI",
)

CCTV_SUMMARY = T(
    "안양시 CCTV 7대의 기록을 영상 없이 객체 검출 박스로만 재현했습니다(개인정보 보호). 어린이보호구역 과속, 학교 앞 "
    "불법 주정차, 범계역 사거리 무단횡단, 평촌중앙공원 쓰러짐, 안양중앙시장 연기, 안양종합운동장 앞 심야 배회를 담은 모의 "
    "하루입니다.",
    "Seven of Anyang's cameras, recorded as detection boxes only (no images, privacy-safe): speeding in a school "
    "zone, illegal parking at a school gate, jaywalking at Beomgye Station crossroads, a fall in Pyeongchon Central "
    "Park, smoke in Anyang Central Market and a man loitering at night outside Anyang Sports Complex. A simulated day.",
    "Siete cámaras de Anyang, registradas solo como recuadros de detección (sin imágenes, respetando la "
    "privacidad): exceso de velocidad en una zona escolar, estacionamiento ilegal ante una escuela, cruce indebido "
    "en el cruce de la estación de Beomgye, una caída en el Parque Central de Pyeongchon, humo en el Mercado "
    "Central de Anyang y un hombre que merodea de noche ante el Complejo Deportivo de Anyang. Un día simulado.",
    "Sept caméras d'Anyang, enregistrées uniquement sous forme de cadres de détection (sans images, dans le respect "
    "de la vie privée) : excès de vitesse en zone scolaire, stationnement illicite devant une école, traversée hors "
    "passage piéton au carrefour de la gare de Beomgye, chute dans le parc central de Pyeongchon, fumée au marché "
    "central d'Anyang et homme s'attardant la nuit devant le complexe sportif d'Anyang. Une journée simulée.",
    "سبع كاميرات في أنيانغ مسجّلة على هيئة مربعات رصد فقط (من دون صور، حفاظًا على الخصوصية): تجاوز السرعة في منطقة "
    "مدرسية، ووقوف مخالف أمام مدرسة، وعبور مخالف عند تقاطع محطة بومغيه، وسقوط شخص في حديقة بيونغتشون المركزية، "
    "ودخان في السوق المركزية في أنيانغ، ورجل يتسكّع ليلًا أمام المجمع الرياضي في أنيانغ. يوم محاكى.",
    "安养市7个摄像头的记录，仅保存目标检测框（无图像，保护隐私）：学校区域超速、校门前违法停车、凡溪站十字路口"
    "行人乱穿马路、坪村中央公园有人跌倒、安养中央市场冒烟，以及深夜在安养综合运动场门前徘徊的男子。模拟的一天。",
    "Bảy camera của Anyang, chỉ ghi lại dưới dạng khung phát hiện đối tượng (không có hình ảnh, bảo vệ quyền riêng "
    "tư): chạy quá tốc độ trong khu vực trường học, đỗ xe trái phép trước cổng trường, người đi bộ băng qua đường "
    "sai quy định tại ngã tư ga Beomgye, một người ngã ở Công viên Trung tâm Pyeongchon, khói tại Chợ Trung tâm "
    "Anyang và một người đàn ông lảng vảng ban đêm trước Khu liên hợp Thể thao Anyang. Một ngày mô phỏng.",
    "Tujuh kamera di Anyang, dirakam sebagai kotak pengesanan sahaja (tanpa imej, menjaga privasi): memandu "
    "melebihi had laju di zon sekolah, letak kereta secara haram di pintu pagar sekolah, melintas secara melulu di "
    "persimpangan Stesen Beomgye, seorang terjatuh di Taman Pusat Pyeongchon, asap di Pasar Pusat Anyang dan "
    "seorang lelaki berlegar pada waktu malam di hadapan Kompleks Sukan Anyang. Hari simulasi.",
)

CAMERA = {
    "cam-school-beomgye": T("범계역 인근 어린이보호구역", "School zone near Beomgye Station",
                            "Zona escolar cerca de la estación de Beomgye", "Zone scolaire près de la gare de Beomgye",
                            "منطقة مدرسية قرب محطة بومغيه", "凡溪站附近学校区域", "Khu vực trường học gần ga Beomgye",
                            "Zon sekolah berhampiran Stesen Beomgye"),
    "cam-school-myeonghak": T("명학역 인근 어린이보호구역 (학교 정문)", "School gate in the school zone near Myeonghak Station",
                              "Entrada escolar en la zona escolar cerca de la estación de Myeonghak",
                              "Entrée d'école en zone scolaire près de la gare de Myeonghak",
                              "بوابة مدرسة في المنطقة المدرسية قرب محطة ميونغهاك", "鸣鹤站附近学校区域（校门）",
                              "Cổng trường trong khu vực trường học gần ga Myeonghak",
                              "Pintu pagar sekolah di zon sekolah berhampiran Stesen Myeonghak"),
    "cam-crossroads-beomgye": T("범계역 사거리", "Beomgye Station crossroads", "Cruce de la estación de Beomgye",
                                "Carrefour de la gare de Beomgye", "تقاطع محطة بومغيه", "凡溪站十字路口",
                                "Ngã tư ga Beomgye", "Persimpangan Stesen Beomgye"),
    "cam-park-pyeongchon": T("평촌중앙공원 산책로", "Pyeongchon Central Park walking path",
                             "Sendero del Parque Central de Pyeongchon", "Allée du parc central de Pyeongchon",
                             "ممشى حديقة بيونغتشون المركزية", "坪村中央公园步道",
                             "Lối đi bộ Công viên Trung tâm Pyeongchon", "Laluan pejalan kaki Taman Pusat Pyeongchon"),
    "cam-station-anyang": T("안양역 광장", "Anyang Station square", "Plaza de la estación de Anyang",
                            "Parvis de la gare d'Anyang", "ساحة محطة أنيانغ", "安养站广场", "Quảng trường ga Anyang",
                            "Dataran Stesen Anyang"),
    "cam-market-central": T("안양중앙시장 골목", "Anyang Central Market alley", "Pasillo del Mercado Central de Anyang",
                            "Allée du marché central d'Anyang", "ممر السوق المركزية في أنيانغ", "安养中央市场通道",
                            "Lối đi trong Chợ Trung tâm Anyang", "Lorong Pasar Pusat Anyang"),
    "cam-sports-night": T("안양종합운동장 입구", "Anyang Sports Complex entrance", "Entrada del Complejo Deportivo de Anyang",
                          "Entrée du complexe sportif d'Anyang", "مدخل المجمع الرياضي في أنيانغ", "安养综合运动场入口",
                          "Lối vào Khu liên hợp Thể thao Anyang", "Pintu masuk Kompleks Sukan Anyang"),
}

CCTV_EVENT = {
    "speeding_school_zone": T(
        "어린이보호구역 과속: 시속 {v}km (제한 30km)",
        "Speeding in a school zone: {v} km/h where the limit is 30 km/h",
        "Exceso de velocidad en zona escolar: {v} km/h con un límite de 30 km/h",
        "Excès de vitesse en zone scolaire : {v} km/h pour une limite de 30 km/h",
        "تجاوز السرعة في منطقة مدرسية: {v} كم/س والحدّ الأقصى 30 كم/س",
        "学校区域超速：限速30公里/小时，实测{v}公里/小时",
        "Chạy quá tốc độ trong khu vực trường học: {v} km/h tại nơi giới hạn 30 km/h",
        "Memandu melebihi had laju di zon sekolah: {v} km/j dalam zon had 30 km/j"),
    "fall": T("평촌중앙공원 산책로 쓰러짐 감지", "Fall detected on the Pyeongchon Central Park walking path",
              "Caída detectada en el sendero del Parque Central de Pyeongchon",
              "Chute détectée sur l'allée du parc central de Pyeongchon",
              "رصد سقوط شخص على ممشى حديقة بيونغتشون المركزية", "坪村中央公园步道检测到有人跌倒",
              "Phát hiện người ngã trên lối đi bộ Công viên Trung tâm Pyeongchon",
              "Kejadian jatuh dikesan di laluan pejalan kaki Taman Pusat Pyeongchon"),
    "loitering_night": T(
        "심야 배회: 안양종합운동장 입구 (30분 이상)",
        "Loitering at night: Anyang Sports Complex entrance (over 30 minutes)",
        "Merodeo nocturno: entrada del Complejo Deportivo de Anyang (más de 30 minutos)",
        "Présence prolongée de nuit : entrée du complexe sportif d'Anyang (plus de 30 minutes)",
        "تسكّع ليلي: مدخل المجمع الرياضي في أنيانغ (أكثر من 30 دقيقة)",
        "深夜徘徊：安养综合运动场入口（超过30分钟）",
        "Lảng vảng ban đêm: lối vào Khu liên hợp Thể thao Anyang (hơn 30 phút)",
        "Berlegar pada waktu malam: pintu masuk Kompleks Sukan Anyang (lebih 30 minit)"),
    "smoke": T("안양중앙시장 연기 감지", "Smoke detected in Anyang Central Market",
               "Humo detectado en el Mercado Central de Anyang", "Fumée détectée au marché central d'Anyang",
               "رصد دخان في السوق المركزية في أنيانغ", "安养中央市场检测到烟雾", "Phát hiện khói tại Chợ Trung tâm Anyang",
               "Asap dikesan di Pasar Pusat Anyang"),
    "illegal_parking": T(
        "어린이보호구역 불법 주정차 (명학역 인근 학교 정문)",
        "Illegal parking at a school gate in the school zone near Myeonghak Station",
        "Estacionamiento ilegal ante una escuela en la zona escolar cerca de la estación de Myeonghak",
        "Stationnement illicite devant une école en zone scolaire près de la gare de Myeonghak",
        "وقوف مخالف أمام بوابة مدرسة في المنطقة المدرسية قرب محطة ميونغهاك",
        "鸣鹤站附近学校区域校门前违法停车",
        "Đỗ xe trái phép trước cổng trường trong khu vực trường học gần ga Myeonghak",
        "Letak kereta secara haram di pintu pagar sekolah dalam zon sekolah berhampiran Stesen Myeonghak"),
    "jaywalking": T("범계역 사거리 무단횡단", "Jaywalking at Beomgye Station crossroads",
                    "Cruce indebido de un peatón en el cruce de la estación de Beomgye",
                    "Traversée hors passage piéton au carrefour de la gare de Beomgye",
                    "عبور مشاة مخالف عند تقاطع محطة بومغيه", "凡溪站十字路口行人乱穿马路",
                    "Người đi bộ băng qua đường sai quy định tại ngã tư ga Beomgye",
                    "Melintas jalan secara melulu di persimpangan Stesen Beomgye"),
}

CH_CCTV = {
    "loitering_night": T(
        "{time} 안양종합운동장 입구에서 30분 넘게 머무는 남성을 AI가 알립니다. {t2}에 도착한 경찰이 실종 신고된 어르신임을 "
        "확인합니다.",
        "{time} — outside Anyang Sports Complex the AI flags a man who has lingered for over 30 minutes. Police "
        "arrive at {t2} and find a registered missing person.",
        "{time}: ante el Complejo Deportivo de Anyang, la IA señala a un hombre que lleva más de 30 minutos en el "
        "lugar. La policía llega a las {t2} y comprueba que es una persona desaparecida registrada.",
        "{time} : devant le complexe sportif d'Anyang, l'IA signale un homme présent depuis plus de 30 minutes. La "
        "police arrive à {t2} et identifie une personne portée disparue.",
        "{time} — أمام المجمع الرياضي في أنيانغ ينبّه الذكاء الاصطناعي إلى رجل يمكث في المكان منذ أكثر من 30 دقيقة. "
        "تصل الشرطة عند الساعة {t2} وتتبيّن أنه شخص مُبلَّغ عن فقدانه.",
        "{time}，AI提示有男子在安养综合运动场入口停留超过30分钟。警察于{t2}到达，确认其为已登记的失踪人员。",
        "{time} — trước Khu liên hợp Thể thao Anyang, AI cảnh báo một người đàn ông lưu lại hơn 30 phút. Cảnh sát "
        "đến lúc {t2} và xác định đây là người đã được trình báo mất tích.",
        "{time} — di hadapan Kompleks Sukan Anyang, AI memberi amaran tentang seorang lelaki yang berada di situ "
        "lebih 30 minit. Polis tiba pada {t2} dan mendapati beliau individu hilang yang telah dilaporkan."),
    "fall": T(
        "{time} 평촌중앙공원 산책로에서 한 어르신이 쓰러져 일어나지 못합니다. AI가 몇 초 만에 쓰러짐을 알리고, 지나던 "
        "시민이 곁을 지키는 동안 119가 출동합니다.",
        "{time} — a walker falls on the Pyeongchon Central Park path and stays down. The AI raises a fall alert "
        "within seconds; a passer-by stays with him while 119 is on its way.",
        "{time}: un paseante cae en el sendero del Parque Central de Pyeongchon y no se levanta. La IA emite una "
        "alerta de caída en segundos; un transeúnte lo acompaña mientras llega el 119.",
        "{time} : un promeneur chute sur l'allée du parc central de Pyeongchon et reste au sol. L'IA déclenche une "
        "alerte de chute en quelques secondes ; un passant reste auprès de lui pendant que le 119 arrive.",
        "{time} — يسقط أحد المشاة على ممشى حديقة بيونغتشون المركزية ولا ينهض. يطلق الذكاء الاصطناعي تنبيه سقوط خلال "
        "ثوانٍ، ويبقى أحد المارة بجانبه ريثما تصل خدمة 119.",
        "{time}，一名散步者在坪村中央公园步道跌倒后未能起身。AI在数秒内发出跌倒警报，路人在旁陪护，119正在赶来。",
        "{time} — một người đi bộ ngã trên lối đi Công viên Trung tâm Pyeongchon và không đứng dậy được. AI phát "
        "cảnh báo ngã chỉ sau vài giây; một người qua đường ở bên cạnh trong khi 119 đang đến.",
        "{time} — seorang pejalan kaki terjatuh di laluan Taman Pusat Pyeongchon dan tidak dapat bangun. AI "
        "mengeluarkan amaran jatuh dalam beberapa saat; seorang orang awam menemaninya sementara 119 dalam "
        "perjalanan."),
    "speeding_school_zone": T(
        "{time} 범계역 인근 등굣길. 제한속도 30km인 어린이보호구역을 차량이 시속 {v}km로 지나가자, 전광판에 차량 번호와 "
        "속도가 표시되고 단속 자료로 넘어갑니다.",
        "{time} — school run near Beomgye Station. A car crosses the school zone at {v} km/h where the limit is "
        "30 km/h: the LED board shows its plate and speed, and the case goes to enforcement.",
        "{time}: entrada al colegio cerca de la estación de Beomgye. Un coche atraviesa la zona escolar a {v} km/h "
        "con un límite de 30 km/h; el panel LED muestra su matrícula y su velocidad, y el caso pasa a sanción.",
        "{time} : heure d'entrée à l'école près de la gare de Beomgye. Une voiture traverse la zone scolaire à "
        "{v} km/h pour une limite de 30 km/h ; le panneau à LED affiche sa plaque et sa vitesse, et l'infraction est "
        "transmise pour verbalisation.",
        "{time} — وقت الذهاب إلى المدرسة قرب محطة بومغيه. تعبر سيارة المنطقة المدرسية بسرعة {v} كم/س حيث الحدّ "
        "الأقصى 30 كم/س، فتعرض اللوحة الإلكترونية رقمها وسرعتها وتُحال المخالفة إلى جهة الضبط.",
        "{time}，凡溪站附近上学时段。一辆汽车以{v}公里/小时的速度驶过限速30公里/小时的学校区域，LED屏显示其车牌和"
        "车速，违章记录转交执法。",
        "{time} — giờ đến trường gần ga Beomgye. Một ô tô chạy qua khu vực trường học với tốc độ {v} km/h trong khi "
        "giới hạn là 30 km/h; bảng LED hiển thị biển số và tốc độ, vụ việc được chuyển để xử phạt.",
        "{time} — waktu murid ke sekolah berhampiran Stesen Beomgye. Sebuah kereta melalui zon sekolah pada {v} km/j "
        "sedangkan hadnya 30 km/j; papan LED memaparkan nombor pendaftaran dan kelajuannya, dan kes itu diserahkan "
        "untuk penguatkuasaan."),
    "smoke": T(
        "{time} 안양중앙시장 점포에서 연기가 피어오르자 관제 화면이 깜박입니다. 상인들이 소화기로 진화하고, 119 대원들이 "
        "좁은 골목으로 걸어 들어옵니다.",
        "{time} — smoke rises from a stall in Anyang Central Market and the operator's screen blinks. Merchants use "
        "extinguishers and 119 firefighters walk in through the narrow alley.",
        "{time}: sale humo de un puesto del Mercado Central de Anyang y la pantalla del operador parpadea. Los "
        "comerciantes usan extintores y los bomberos del 119 entran a pie por el estrecho pasillo.",
        "{time} : de la fumée s'échappe d'un étal du marché central d'Anyang et l'écran de l'opérateur clignote. "
        "Les commerçants utilisent des extincteurs et les pompiers du 119 entrent à pied par l'allée étroite.",
        "{time} — يتصاعد دخان من أحد محال السوق المركزية في أنيانغ فتومض شاشة المشغّل. يستخدم التجار طفايات الحريق، "
        "ويدخل رجال إطفاء 119 سيرًا على الأقدام عبر الممر الضيق.",
        "{time}，安养中央市场一处摊位冒出烟雾，值班人员的屏幕随即闪烁。商户用灭火器扑救，119消防员步行进入狭窄的通道。",
        "{time} — khói bốc lên từ một sạp hàng trong Chợ Trung tâm Anyang, màn hình của nhân viên trực nhấp nháy. "
        "Tiểu thương dùng bình chữa cháy và lính cứu hỏa 119 đi bộ vào lối đi hẹp.",
        "{time} — asap keluar dari sebuah gerai di Pasar Pusat Anyang dan skrin pengendali berkelip. Peniaga "
        "menggunakan alat pemadam api dan anggota bomba 119 masuk berjalan kaki melalui lorong yang sempit."),
    "illegal_parking": T(
        "{time} 명학역 인근 학교 정문 앞에 차량이 멈춰 섭니다. 2021년 10월부터 어린이보호구역은 주정차가 전면 금지되어, "
        "1분이 지나자 AI가 알립니다.",
        "{time} — a car stops at the school gate near Myeonghak Station. School zones have banned all stopping and "
        "parking since October 2021; after one minute the AI flags it.",
        "{time}: un coche se detiene ante la puerta de una escuela cerca de la estación de Myeonghak. Desde octubre "
        "de 2021 está prohibido detenerse y estacionar en las zonas escolares; al cabo de un minuto, la IA lo señala.",
        "{time} : une voiture s'arrête devant l'entrée d'une école près de la gare de Myeonghak. Depuis octobre 2021, "
        "l'arrêt et le stationnement sont interdits dans les zones scolaires ; au bout d'une minute, l'IA le signale.",
        "{time} — تتوقف سيارة أمام بوابة مدرسة قرب محطة ميونغهاك. منذ أكتوبر 2021 يُحظر التوقف والوقوف كليًا في "
        "المناطق المدرسية، وبعد دقيقة واحدة ينبّه الذكاء الاصطناعي إلى المخالفة.",
        "{time}，一辆汽车停在鸣鹤站附近的学校门口。自2021年10月起，学校区域全面禁止停车，一分钟后AI发出提示。",
        "{time} — một ô tô dừng trước cổng trường gần ga Myeonghak. Từ tháng 10 năm 2021, mọi hành vi dừng và đỗ xe "
        "trong khu vực trường học đều bị cấm; sau một phút, AI phát cảnh báo.",
        "{time} — sebuah kereta berhenti di pintu pagar sekolah berhampiran Stesen Myeonghak. Sejak Oktober 2021, "
        "berhenti dan meletak kenderaan diharamkan sepenuhnya di zon sekolah; selepas satu minit, AI memberi amaran."),
    "jaywalking": T(
        "{time} 범계역 사거리 퇴근길. 한 보행자가 횡단보도를 벗어나 정차한 차량 사이로 길을 건너자, AI가 알리고 스피커로 "
        "경고 방송을 합니다.",
        "{time} — evening rush at Beomgye Station crossroads. A pedestrian cuts across between waiting cars, away "
        "from the crosswalk; the AI flags it and a speaker warns.",
        "{time}: hora punta de la tarde en el cruce de la estación de Beomgye. Un peatón cruza entre los coches "
        "detenidos, lejos del paso de peatones; la IA lo detecta y un altavoz emite un aviso.",
        "{time} : heure de pointe du soir au carrefour de la gare de Beomgye. Un piéton traverse entre les voitures "
        "à l'arrêt, loin du passage piéton ; l'IA le détecte et un haut-parleur diffuse un avertissement.",
        "{time} — ذروة المساء عند تقاطع محطة بومغيه. يعبر أحد المشاة بين السيارات المتوقفة بعيدًا عن ممر المشاة، "
        "فيرصده الذكاء الاصطناعي ويُطلق مكبّر الصوت تحذيرًا.",
        "{time}，凡溪站十字路口晚高峰。一名行人离开人行横道，从等候的车辆之间穿过马路，AI发出提示，扬声器播放警告。",
        "{time} — giờ cao điểm buổi tối tại ngã tư ga Beomgye. Một người đi bộ băng qua giữa các ô tô đang dừng, "
        "cách xa vạch sang đường; AI phát hiện và loa phát cảnh báo.",
        "{time} — waktu puncak petang di persimpangan Stesen Beomgye. Seorang pejalan kaki melintas di celah kereta "
        "yang sedang menunggu, jauh dari lintasan pejalan kaki; AI mengesannya dan pembesar suara memberi amaran."),
    "quiet": T(
        "{time} 안양역 광장의 평범한 저녁, AI가 알릴 일이 없습니다. 선별관제 덕분에 관제요원은 움직임이 있는 카메라만 보며, "
        "한 사람이 약 500대를 맡습니다.",
        "{time} — an ordinary evening at Anyang Station square, with nothing for the AI to flag. With selective "
        "monitoring, operators see only cameras with motion, and one operator covers about 500 cameras.",
        "{time}: una tarde corriente en la plaza de la estación de Anyang, sin nada que la IA deba señalar. Con la "
        "vigilancia selectiva, los operadores solo ven las cámaras con movimiento y cada uno supervisa unas 500.",
        "{time} : une soirée ordinaire sur le parvis de la gare d'Anyang, sans rien à signaler pour l'IA. Grâce à la "
        "surveillance sélective, les opérateurs ne voient que les caméras où il y a du mouvement, et chacun en "
        "supervise environ 500.",
        "{time} — مساء عادي في ساحة محطة أنيانغ، لا شيء يستدعي تنبيه الذكاء الاصطناعي. بفضل المراقبة الانتقائية لا "
        "يرى المشغّلون إلا الكاميرات التي ترصد حركة، ويتولّى المشغّل الواحد نحو 500 كاميرا.",
        "{time}，安养站广场一个平常的夜晚，AI无需发出提示。借助选择性监控，值班人员只查看有动态的摄像头，每人负责约500个。",
        "{time} — một buổi tối bình thường tại quảng trường ga Anyang, AI không có gì phải cảnh báo. Nhờ giám sát "
        "chọn lọc, nhân viên trực chỉ xem các camera có chuyển động và mỗi người phụ trách khoảng 500 camera.",
        "{time} — petang biasa di Dataran Stesen Anyang, tiada apa-apa untuk AI maklumkan. Dengan pemantauan "
        "terpilih, pengendali hanya melihat kamera yang mengesan pergerakan, dan seorang pengendali memantau kira-kira "
        "500 kamera."),
}

# ================================================================== bus pack

BUS_TITLE = T(
    "안산 — 자율주행 시범운행지구 셔틀 (모의 운행일)",
    "Ansan — autonomous shuttles in the pilot zone (simulated service day)",
    "Ansan: lanzaderas autónomas en la zona piloto (día de servicio simulado)",
    "Ansan : navettes autonomes dans la zone pilote (journée de service simulée)",
    "أنسان: حافلات مكوكية ذاتية القيادة في المنطقة التجريبية (يوم تشغيل محاكى)",
    "安山：自动驾驶示范区接驳车（模拟运营日）",
    "Ansan: xe đưa đón tự lái trong khu thí điểm (ngày vận hành mô phỏng)",
    "Ansan: bas ulang-alik autonomi di zon perintis (hari perkhidmatan simulasi)",
)

BUS_SUMMARY = T(
    "계획된 시범 노선(안산시 도시정보센터(사동), 한양대학교 ERICA 정문, KTL, 안산호수공원, 원시역, 시우역, 초지역)을 셔틀 "
    "3대가 최고 시속 40km로 달리며, 센터가 실시간으로 지켜봅니다. 안산은 아직 이용 실적이 공개되지 않아 승객, 수동 전환, "
    "정지 상황은 모의 자료입니다.",
    "Three shuttles on the planned pilot route (Ansan City Information Center in Sa-dong, Hanyang University ERICA "
    "main gate, KTL, Ansan Lake Park, Wonsi, Siu and Choji stations), at no more than 40 km/h, watched live from "
    "the center. Ansan has published no ridership yet: passengers, takeovers and stops are simulated.",
    "Tres lanzaderas en la ruta piloto prevista (Centro de Información Urbana de Ansan en Sa-dong, entrada "
    "principal de la Universidad Hanyang ERICA, KTL, Parque del Lago de Ansan y estaciones de Wonsi, Siu y Choji), "
    "a 40 km/h como máximo y supervisadas en directo desde el centro. Ansan aún no ha publicado datos de uso: los "
    "pasajeros, las tomas de control manual y las paradas son simulados.",
    "Trois navettes sur l'itinéraire pilote prévu (centre d'information urbaine d'Ansan à Sa-dong, entrée "
    "principale de l'université Hanyang ERICA, KTL, parc du lac d'Ansan, gares de Wonsi, Siu et Choji), à 40 km/h "
    "au plus, suivies en direct depuis le centre. Ansan n'a encore publié aucune donnée de fréquentation : "
    "passagers, reprises en main et arrêts sont simulés.",
    "ثلاث حافلات مكوكية على المسار التجريبي المخطط له (مركز معلومات مدينة أنسان في سا-دونغ، والبوابة الرئيسية لجامعة "
    "هانيانغ إريكا، ومختبر KTL، وحديقة بحيرة أنسان، ومحطات وونسي وسيو وتشوجي)، بسرعة لا تتجاوز 40 كم/س، ويتابعها "
    "المركز مباشرةً. لم تنشر أنسان بعدُ أي بيانات عن أعداد الركاب، لذا فإن الركاب وحالات التحكم اليدوي والتوقفات "
    "محاكاة.",
    "3辆接驳车行驶在规划的示范线路上（安山市城市信息中心（四洞）、汉阳大学ERICA校区正门、KTL、安山湖水公园、元时站、"
    "时雨站、草芝站），最高时速40公里，中心实时监控。安山尚未公布乘客数据，乘客、人工接管和停车均为模拟。",
    "Ba xe đưa đón chạy trên tuyến thí điểm dự kiến (Trung tâm Thông tin Đô thị Ansan ở Sa-dong, cổng chính Đại "
    "học Hanyang ERICA, KTL, Công viên Hồ Ansan, các ga Wonsi, Siu và Choji) với tốc độ tối đa 40 km/h, được trung "
    "tâm giám sát trực tiếp. Ansan chưa công bố số liệu hành khách: hành khách, các lần chuyển sang lái thủ công "
    "và các lần dừng đều là mô phỏng.",
    "Tiga bas ulang-alik di laluan perintis yang dirancang (Pusat Maklumat Bandar Ansan di Sa-dong, pintu utama "
    "Universiti Hanyang ERICA, KTL, Taman Tasik Ansan, serta stesen Wonsi, Siu dan Choji) pada kelajuan tidak "
    "melebihi 40 km/j, dipantau secara langsung dari pusat. Ansan belum menerbitkan data penumpang: penumpang, "
    "pengambilalihan manual dan hentian adalah simulasi.",
)

#: Stops in route order: name, and the phrase "near <stop>" with each language's grammar.
STOP = [
    (T("안산시 도시정보센터 (사동)", "Ansan City Information Center (Sa-dong)",
       "Centro de Información Urbana de Ansan (Sa-dong)", "Centre d'information urbaine d'Ansan (Sa-dong)",
       "مركز معلومات مدينة أنسان (سا-دونغ)", "安山市城市信息中心（四洞）", "Trung tâm Thông tin Đô thị Ansan (Sa-dong)",
       "Pusat Maklumat Bandar Ansan (Sa-dong)"),
     T("도시정보센터 부근", "near the City Information Center", "cerca del Centro de Información Urbana",
       "près du centre d'information urbaine", "قرب مركز معلومات المدينة", "城市信息中心附近",
       "gần Trung tâm Thông tin Đô thị", "berhampiran Pusat Maklumat Bandar")),
    (T("한양대학교 ERICA 정문", "Hanyang University ERICA main gate", "Entrada principal de la Universidad Hanyang ERICA",
       "Entrée principale de l'université Hanyang ERICA", "البوابة الرئيسية لجامعة هانيانغ إريكا", "汉阳大学ERICA校区正门",
       "Cổng chính Đại học Hanyang ERICA", "Pintu utama Universiti Hanyang ERICA"),
     T("한양대 ERICA 정문 부근", "near the Hanyang University ERICA main gate",
       "cerca de la entrada principal de la Universidad Hanyang ERICA",
       "près de l'entrée principale de l'université Hanyang ERICA", "قرب البوابة الرئيسية لجامعة هانيانغ إريكا",
       "汉阳大学ERICA校区正门附近", "gần cổng chính Đại học Hanyang ERICA", "berhampiran pintu utama Universiti Hanyang ERICA")),
    (T("한국산업기술시험원 (KTL)", "Korea Testing Laboratory (KTL)", "Laboratorio de Ensayos de Corea (KTL)",
       "Laboratoire d'essais de Corée (KTL)", "مختبر الاختبارات الكوري (KTL)", "韩国产业技术试验院（KTL）",
       "Viện Thử nghiệm Công nghiệp Hàn Quốc (KTL)", "Makmal Ujian Korea (KTL)"),
     T("KTL 부근", "near KTL", "cerca del KTL", "près du KTL", "قرب مختبر KTL", "KTL附近", "gần KTL",
       "berhampiran KTL")),
    (T("안산호수공원", "Ansan Lake Park", "Parque del Lago de Ansan", "Parc du lac d'Ansan", "حديقة بحيرة أنسان",
       "安山湖水公园", "Công viên Hồ Ansan", "Taman Tasik Ansan"),
     T("안산호수공원 부근", "near Ansan Lake Park", "cerca del Parque del Lago de Ansan", "près du parc du lac d'Ansan",
       "قرب حديقة بحيرة أنسان", "安山湖水公园附近", "gần Công viên Hồ Ansan", "berhampiran Taman Tasik Ansan")),
    (T("원시역", "Wonsi Station", "Estación de Wonsi", "Gare de Wonsi", "محطة وونسي", "元时站", "Ga Wonsi",
       "Stesen Wonsi"),
     T("원시역 부근", "near Wonsi Station", "cerca de la estación de Wonsi", "près de la gare de Wonsi",
       "قرب محطة وونسي", "元时站附近", "gần ga Wonsi", "berhampiran Stesen Wonsi")),
    (T("시우역", "Siu Station", "Estación de Siu", "Gare de Siu", "محطة سيو", "时雨站", "Ga Siu", "Stesen Siu"),
     T("시우역 부근", "near Siu Station", "cerca de la estación de Siu", "près de la gare de Siu", "قرب محطة سيو",
       "时雨站附近", "gần ga Siu", "berhampiran Stesen Siu")),
    (T("초지역", "Choji Station", "Estación de Choji", "Gare de Choji", "محطة تشوجي", "草芝站", "Ga Choji",
       "Stesen Choji"),
     T("초지역 부근", "near Choji Station", "cerca de la estación de Choji", "près de la gare de Choji",
       "قرب محطة تشوجي", "草芝站附近", "gần ga Choji", "berhampiran Stesen Choji")),
]

ROUTE_NAME = T("안산 자율주행 시범운행지구 셔틀 노선", "Ansan autonomous shuttle pilot route",
               "Ruta piloto de lanzaderas autónomas de Ansan", "Itinéraire pilote des navettes autonomes d'Ansan",
               "المسار التجريبي للحافلات المكوكية ذاتية القيادة في أنسان", "安山自动驾驶接驳车示范线路",
               "Tuyến thí điểm xe đưa đón tự lái Ansan", "Laluan perintis bas ulang-alik autonomi Ansan")

#: A shuttle as a label (start of a title) and inside a sentence.
BUS_LABEL = T("셔틀 {k}호", "Shuttle {k}", "Lanzadera {k}", "Navette {k}", "الحافلة المكوكية {k}", "{k}号接驳车",
              "Xe đưa đón số {k}", "Bas ulang-alik {k}")
BUS_IN_SENTENCE = T("셔틀 {k}호", "Shuttle {k}", "la lanzadera {k}", "la navette {k}", "الحافلة المكوكية {k}",
                    "{k}号接驳车", "xe đưa đón số {k}", "bas ulang-alik {k}")

BUS_EVENT = {
    "obstacle_scooter": T("{label}: 전동킥보드 감지 긴급 정지 ({near})", "{label}: emergency stop for a kick scooter {near}",
                          "{label}: parada de emergencia por un patinete eléctrico {near}",
                          "{label} : arrêt d'urgence pour une trottinette électrique {near}",
                          "{label}: توقف طارئ بسبب سكوتر كهربائي {near}", "{label}：{near}因电动滑板车紧急停车",
                          "{label}: dừng khẩn cấp vì xe scooter điện {near}",
                          "{label}: berhenti kecemasan kerana skuter elektrik {near}"),
    "obstacle_pedestrian": T("{label}: 무단횡단 보행자 감지 정지 ({near})", "{label}: stop for a pedestrian crossing {near}",
                             "{label}: parada por un peatón que cruza {near}",
                             "{label} : arrêt pour un piéton qui traverse {near}",
                             "{label}: توقف لعبور أحد المشاة {near}", "{label}：{near}因行人横穿停车",
                             "{label}: dừng xe vì người đi bộ băng qua {near}",
                             "{label}: berhenti kerana pejalan kaki melintas {near}"),
    "takeover_works": T("{label}: 도로 공사 구간 수동 운전 전환 ({near})", "{label}: manual driving through road works {near}",
                        "{label}: conducción manual por obras {near}",
                        "{label} : conduite manuelle dans une zone de travaux {near}",
                        "{label}: قيادة يدوية عبر منطقة أعمال طرق {near}", "{label}：{near}道路施工路段转为人工驾驶",
                        "{label}: chuyển sang lái thủ công qua đoạn thi công {near}",
                        "{label}: pemanduan manual melalui kawasan kerja jalan {near}"),
    "takeover_truck": T("{label}: 이중 주차 화물차 우회 수동 운전 ({near})",
                        "{label}: manual driving around a double-parked truck {near}",
                        "{label}: conducción manual para rodear un camión en doble fila {near}",
                        "{label} : conduite manuelle pour contourner un camion en double file {near}",
                        "{label}: قيادة يدوية لتجاوز شاحنة متوقفة في صف ثانٍ {near}",
                        "{label}：{near}绕行并排停放的货车，转为人工驾驶",
                        "{label}: lái thủ công để tránh xe tải đỗ song song {near}",
                        "{label}: pemanduan manual untuk mengelak lori yang diletak dua lapis {near}"),
    "late_departure": T("{label}: 도시정보센터 출발 {mins} 지연",
                        "{label}: departure from the City Information Center {mins} late",
                        "{label}: salida del Centro de Información Urbana con {mins} de retraso",
                        "{label} : départ du centre d'information urbaine avec {mins} de retard",
                        "{label}: تأخر الانطلاق من مركز معلومات المدينة {mins}", "{label}：城市信息中心发车晚点{mins}",
                        "{label}: rời Trung tâm Thông tin Đô thị muộn {mins}",
                        "{label}: bertolak dari Pusat Maklumat Bandar lewat {mins}"),
}

CH_BUS = {
    "start": T(
        "{time} 운행 시작: 셔틀 3대가 {mins} 간격으로 도시정보센터를 출발해 왕복 {km}km를 달립니다.",
        "{time} — service starts: three shuttles leave the City Information Center {mins} apart and run the {km} km "
        "round trip.",
        "{time}: comienza el servicio. Tres lanzaderas salen del Centro de Información Urbana con {mins} de "
        "intervalo y recorren el trayecto de ida y vuelta de {km} km.",
        "{time} : début du service. Trois navettes quittent le centre d'information urbaine à {mins} d'intervalle "
        "et parcourent l'aller-retour de {km} km.",
        "{time} — بدء التشغيل: تنطلق ثلاث حافلات مكوكية من مركز معلومات المدينة بفاصل {mins} وتقطع رحلة ذهاب وإياب "
        "طولها {km} كم.",
        "{time}，开始运营：3辆接驳车每隔{mins}从城市信息中心发车，往返行驶{km}公里。",
        "{time} — bắt đầu vận hành: ba xe đưa đón lần lượt rời Trung tâm Thông tin Đô thị cách nhau {mins} và chạy "
        "vòng khứ hồi {km} km.",
        "{time} — perkhidmatan bermula: tiga bas ulang-alik bertolak dari Pusat Maklumat Bandar pada selang {mins} "
        "dan melalui perjalanan pergi balik sejauh {km} km."),
    "obstacle": T(
        "{time} {bus}가 {near}에서 갑자기 끼어든 전동킥보드를 감지해 정지한 뒤, {s}초 후 스스로 다시 출발합니다.",
        "{time} — {bus} brakes to a stop {near} when a kick scooter cuts across its path, then moves off again on "
        "its own after {s} seconds.",
        "{time}: {bus} frena hasta detenerse {near} cuando un patinete eléctrico se cruza en su camino, y reanuda la "
        "marcha por sí sola a los {s} segundos.",
        "{time} : {bus} freine jusqu'à l'arrêt {near} lorsqu'une trottinette électrique lui coupe la route, puis "
        "repart d'elle-même au bout de {s} secondes.",
        "{time} — تتوقف {bus} {near} عندما يعترض طريقها سكوتر كهربائي، ثم تستأنف سيرها ذاتيًا بعد {s} ثانية.",
        "{time}，{bus}在{near}检测到横穿的电动滑板车并停车，{s}秒后自动重新起步。",
        "{time} — {bus} phanh dừng {near} khi một xe scooter điện cắt ngang, rồi tự động chạy tiếp sau {s} giây.",
        "{time} — {bus} berhenti {near} apabila sebuah skuter elektrik memotong laluannya, kemudian bergerak semula "
        "sendiri selepas {s} saat."),
    "takeover": T(
        "{time} {near} 도로 공사 구간에서 안전요원이 {mins} 동안 직접 운전한 뒤 자율주행으로 되돌립니다.",
        "{time} — road works {near}: the safety driver takes the wheel for {mins}, then hands back to automated "
        "driving.",
        "{time}: obras {near}; el conductor de seguridad toma el volante durante {mins} y después devuelve el "
        "control a la conducción automatizada.",
        "{time} : travaux {near} ; le conducteur de sécurité reprend le volant pendant {mins}, puis rend la main à la "
        "conduite automatisée.",
        "{time} — أعمال طرق {near}: يتولّى سائق السلامة القيادة مدة {mins}، ثم يعيد التحكم إلى القيادة الآلية.",
        "{time}，{near}道路施工：安全员人工驾驶{mins}，随后恢复自动驾驶。",
        "{time} — công trình thi công {near}: tài xế an toàn trực tiếp lái trong {mins}, sau đó chuyển lại chế độ tự "
        "lái.",
        "{time} — kerja jalan {near}: pemandu keselamatan mengambil alih stereng selama {mins}, kemudian menyerahkan "
        "semula kepada pemanduan automatik."),
    "noon": T(
        "정오, 셔틀 3대가 모두 노선을 달립니다. 센터는 각 차량의 위치, 속도, 탑승 인원을 실시간으로 봅니다.",
        "Noon — all three shuttles are on the route; the center sees each one's position, speed and passengers live.",
        "Mediodía: las tres lanzaderas están en ruta y el centro ve en tiempo real la posición, la velocidad y los "
        "pasajeros de cada una.",
        "Midi : les trois navettes sont en circulation ; le centre voit en temps réel la position, la vitesse et le "
        "nombre de passagers de chacune.",
        "الظهيرة — الحافلات المكوكية الثلاث جميعها على المسار، ويرى المركز لحظيًا موقع كل منها وسرعتها وعدد ركابها.",
        "正午，3辆接驳车全部在线运行，中心实时查看每辆车的位置、速度和车内乘客人数。",
        "Giữa trưa — cả ba xe đưa đón đều đang chạy trên tuyến; trung tâm theo dõi trực tiếp vị trí, tốc độ và số "
        "hành khách của từng xe.",
        "Tengah hari — ketiga-tiga bas ulang-alik berada di laluan; pusat melihat kedudukan, kelajuan dan bilangan "
        "penumpang setiap bas secara langsung."),
    "late": T(
        "{time} 안전요원이 휠체어 이용객의 탑승을 돕느라 {bus}가 도시정보센터에서 {mins} 늦게 출발합니다.",
        "{time} — {bus} leaves the City Information Center {mins} late while the safety driver helps a wheelchair "
        "user aboard.",
        "{time}: {bus} sale del Centro de Información Urbana con {mins} de retraso mientras el conductor de "
        "seguridad ayuda a subir a un usuario de silla de ruedas.",
        "{time} : {bus} quitte le centre d'information urbaine avec {mins} de retard, le temps que le conducteur de "
        "sécurité aide un usager en fauteuil roulant à monter.",
        "{time} — تغادر {bus} مركز معلومات المدينة متأخرةً {mins} ريثما يساعد سائق السلامة أحد مستخدمي الكراسي "
        "المتحركة على الصعود.",
        "{time}，安全员协助一名轮椅乘客上车，{bus}从城市信息中心晚发车{mins}。",
        "{time} — {bus} rời Trung tâm Thông tin Đô thị muộn {mins} vì tài xế an toàn giúp một hành khách đi xe lăn "
        "lên xe.",
        "{time} — {bus} bertolak dari Pusat Maklumat Bandar lewat {mins} kerana pemandu keselamatan membantu seorang "
        "pengguna kerusi roda menaiki bas."),
    "end": T(
        "{time} 운행 종료: 왕복 {trips}회, 주행거리 {km}km, 모의 승차 {riders}명. 최고 속도는 한 번도 시속 40km를 넘지 "
        "않았습니다.",
        "{time} — service ends: {trips} round trips, {km} km driven, {riders} simulated boardings, never above "
        "40 km/h.",
        "{time}: fin del servicio. {trips} viajes de ida y vuelta, {km} km recorridos, {riders} subidas simuladas y "
        "nunca más de 40 km/h.",
        "{time} : fin du service. {trips} allers-retours, {km} km parcourus, {riders} montées simulées, sans jamais "
        "dépasser 40 km/h.",
        "{time} — انتهاء التشغيل: عدد رحلات الذهاب والإياب {trips}، والمسافة المقطوعة {km} كم، وعمليات الصعود "
        "المحاكاة {riders}، ولم تتجاوز السرعة 40 كم/س قط.",
        "{time}，运营结束：往返{trips}趟，行驶{km}公里，模拟乘车{riders}人次，车速从未超过40公里/小时。",
        "{time} — kết thúc vận hành: {trips} chuyến khứ hồi, {km} km đã chạy, {riders} lượt lên xe mô phỏng, tốc "
        "độ chưa lần nào vượt 40 km/h.",
        "{time} — perkhidmatan tamat: {trips} perjalanan pergi balik, {km} km dilalui, {riders} kali menaiki bas "
        "secara simulasi, dan kelajuan tidak pernah melebihi 40 km/j."),
}
