"""The guide's notes for the chapters of "anyang-disaster-day". No Qt here.

Keys are the chapters of ``CH_DISASTER``; ``{mins}`` and ``{mm}`` are the recording's own figures, filled
in by the builder like the captions.
"""

from kiosk.core.samples.notes import note

NOTES = {
    "missing": note(
        "안양의 실제 사례를 재현한 장면입니다. 01:10 관제요원이 종합운동장 근처에서 30분째 배회하는 "
        "남성을 발견했고, 그는 실종 신고된 사람이었습니다. 지도에서 순찰차 경로를 가리키세요. 여기서는 "
        "경찰이 {mins} 만에 도착합니다. 안양은 2020년 10월부터 AI 선별관제를 운영하며, "
        "센터는 어르신 약 1,600명을 지켜보고 있습니다.",
        "This retells a real Anyang case: at 01:10 an operator saw a man loitering for 30 minutes near the sports "
        "complex, and he was a registered missing person. Point at the patrol car's track on the map: here police "
        "reach him in {mins}. AI selective monitoring has run in Anyang since October 2020, and the center "
        "watches over about 1,600 elderly residents.",
        "Esto recrea un caso real de Anyang: a la 01:10 un operador vio a un hombre que llevaba 30 minutos "
        "merodeando cerca del complejo deportivo; era una persona desaparecida registrada. Señale en el mapa el "
        "recorrido de la patrulla: aquí la policía llega hasta él en {mins}. Anyang usa la videovigilancia "
        "selectiva con IA desde octubre de 2020, y el centro vela por unas 1.600 personas mayores.",
        "Cette scène reprend un cas réel à Anyang : à 01:10, un opérateur a vu un homme qui rôdait depuis 30 "
        "minutes près du complexe sportif ; c'était une personne portée disparue. Montrez sur la carte le trajet "
        "de la voiture de police : ici, la police le rejoint en {mins}. Anyang pratique la vidéosurveillance "
        "sélective par IA depuis octobre 2020, et le centre veille sur environ 1 600 personnes âgées.",
        "يعيد هذا المشهد حالة حقيقية في أنيانغ: عند الساعة 01:10 رأى أحد المشغّلين رجلًا يتسكّع منذ 30 دقيقة قرب "
        "المجمع الرياضي، وتبيّن أنه شخص مُبلَّغ عن فقدانه. أشِر على الخريطة إلى مسار سيارة الشرطة: هنا تصل إليه "
        "الشرطة خلال {mins}. تعمل أنيانغ بالمراقبة الانتقائية بالذكاء الاصطناعي منذ أكتوبر 2020، ويرعى المركز نحو "
        "1,600 من كبار السن.",
        "这是安养真实案例的重现：凌晨01:10，值班人员发现一名男子在综合运动场附近徘徊了30分钟，"
        "他是已登记的失踪人员。请指向地图上警车的行驶路线：此处警察{mins}后赶到。"
        "安养自2020年10月起采用AI选择性监控，中心照看着约1,600名老年居民。",
        "Đây là tái hiện một trường hợp có thật ở Anyang: lúc 01:10, một nhân viên trực thấy một người đàn ông "
        "lảng vảng suốt 30 phút gần khu liên hợp thể thao, và đó là người đã được trình báo mất tích. Hãy chỉ vào "
        "lộ trình của xe cảnh sát trên bản đồ: ở đây cảnh sát đến chỗ ông sau {mins}. Anyang áp dụng giám sát "
        "chọn lọc bằng AI từ tháng 10 năm 2020, và trung tâm theo dõi khoảng 1.600 người cao tuổi.",
        "Ini menghidupkan semula kes sebenar di Anyang: pada 01:10, seorang pengendali ternampak seorang lelaki "
        "berlegar selama 30 minit berhampiran kompleks sukan, dan beliau ialah individu hilang yang telah "
        "dilaporkan. Tunjukkan laluan kereta polis pada peta: di sini polis tiba dalam masa {mins}. Anyang "
        "menjalankan pemantauan terpilih berasaskan AI sejak Oktober 2020, dan pusat ini memantau kira-kira 1,600 "
        "warga emas."),
    "fire": note(
        "5대 연계 서비스 중 세 번째인 119 긴급출동 지원입니다. 화재 신고가 들어오면 센터가 119에 "
        "현장 영상, 출동 경로, 교통 상황을 보냅니다. 지도에서 펌프차 경로를 가리키세요. 여기서는 "
        "{mins} 만에 도착합니다. 인용할 공개 수치: 연계 후 7분 이내 119 도착 비율이 "
        "63.1%에서 78.5%로 올랐습니다.",
        "This is linked service 3 of 5, 119 emergency dispatch: on a fire report the center sends 119 the scene "
        "video, the engines' route and the traffic. Point at the pumper's track on the map: it arrives in {mins}. "
        "A published figure to quote: with the linked platform, 119 units arriving within 7 minutes rose from "
        "63.1% to 78.5%.",
        "Este es el servicio vinculado 3 de 5, el despacho de emergencias del 119: ante un aviso de incendio, el "
        "centro envía al 119 el video del lugar, la ruta de los vehículos y el estado del tráfico. Señale en el "
        "mapa el recorrido de la autobomba: llega en {mins}. Una cifra publicada para citar: con la plataforma "
        "vinculada, las unidades del 119 que llegan en menos de 7 minutos pasaron del 63,1 % al 78,5 %.",
        "C'est le troisième des cinq services reliés, l'intervention d'urgence du 119 : sur un signalement "
        "d'incendie, le centre envoie au 119 les images du site, l'itinéraire des engins et l'état de la "
        "circulation. Montrez sur la carte le trajet du fourgon-pompe : il arrive en {mins}. Un chiffre publié à "
        "citer : avec la plateforme reliée, la part des engins du 119 arrivés en moins de 7 minutes est passée de "
        "63,1 % à 78,5 %.",
        "هذه الخدمة المرتبطة الثالثة من خمس، وهي الإرسال الطارئ لخدمة 119: عند البلاغ عن حريق يرسل المركز إلى 119 "
        "بثّ الموقع ومسار سيارات الإطفاء وحالة المرور. أشِر على الخريطة إلى مسار سيارة الإطفاء: تصل خلال {mins}. "
        "رقم منشور يمكن ذكره: مع المنصة المرتبطة ارتفعت نسبة وحدات 119 التي تصل خلال 7 دقائق من 63.1% إلى 78.5%.",
        "这是五项联动服务中的第三项：119紧急出动支援。接到火灾报警后，中心向119发送现场视频、"
        "消防车行车路线和交通状况。请指向地图上水罐消防车的路线：它{mins}后到达。可引用的公开数据："
        "联动平台启用后，119在7分钟内到场的比例从63.1%升至78.5%。",
        "Đây là dịch vụ liên kết thứ 3 trong 5 dịch vụ, hỗ trợ điều động khẩn cấp 119: khi có tin báo cháy, trung "
        "tâm gửi cho 119 hình ảnh hiện trường, lộ trình của xe cứu hỏa và tình hình giao thông. Hãy chỉ vào lộ "
        "trình của xe chữa cháy trên bản đồ: xe đến sau {mins}. Một số liệu đã công bố để trích dẫn: với nền tảng "
        "liên kết, tỷ lệ đơn vị 119 đến nơi trong vòng 7 phút tăng từ 63,1% lên 78,5%.",
        "Ini perkhidmatan berpaut ketiga daripada lima, penghantaran kecemasan 119: apabila kebakaran dilaporkan, "
        "pusat menghantar video lokasi, laluan jentera dan keadaan trafik kepada 119. Tunjukkan laluan jentera "
        "pam pada peta: ia tiba dalam masa {mins}. Angka terbitan untuk dipetik: dengan platform berpaut, unit "
        "119 yang tiba dalam 7 minit meningkat daripada 63.1% kepada 78.5%."),
    "crowd": note(
        "밀집도 차트를 가리키세요. 이 추정치는 카메라가 아니라 이동통신 기지국 데이터에서 나옵니다. "
        "센터에는 경찰관이 상주해(관제요원 약 30명과 경찰관 4명이 교대 근무), 관제요원이 같은 방에서 "
        "경찰에 사건을 넘깁니다. 이 축제와 수치는 이번 기록을 위한 모의 상황입니다.",
        "Point at the density chart: the estimate comes from mobile base-station data, not from the cameras. "
        "Police officers are stationed in the center itself (4, with about 30 operators, in shifts), so the "
        "operator hands the case to an officer in the room. The festival and its figures are simulated for this "
        "recording.",
        "Señale el gráfico de densidad: la estimación proviene de datos de estaciones base móviles, no de las "
        "cámaras. En el propio centro hay policías destacados (4, con unos 30 operadores, por turnos), así que el "
        "operador pasa el caso a un agente en la misma sala. El festival y sus cifras son simulados para esta "
        "grabación.",
        "Montrez le graphique de densité : l'estimation vient des données des stations de base mobiles, pas des "
        "caméras. Des policiers sont affectés au centre même (4, avec environ 30 opérateurs, par roulement) : "
        "l'opérateur transmet le cas à un policier dans la salle. Le festival et ses chiffres sont simulés pour "
        "cet enregistrement.",
        "أشِر إلى مخطط الكثافة: هذا التقدير مأخوذ من بيانات محطات الاتصالات المتنقلة لا من الكاميرات. في المركز "
        "نفسه أفراد شرطة مقيمون (4 مع نحو 30 مشغّلًا، بنظام المناوبات)، فيحيل المشغّل الحالة إلى شرطي في القاعة "
        "نفسها. المهرجان وأرقامه محاكاة لهذا التسجيل.",
        "请指向人群密度图：这一估算来自移动基站数据，而不是摄像头。中心内常驻警察（4名，"
        "与约30名值班人员一起轮班），值班人员可在同一大厅把情况移交给警察。本次庆典及其数据均为此记录的模拟。",
        "Hãy chỉ vào biểu đồ mật độ: con số ước tính này lấy từ dữ liệu trạm gốc di động, không phải từ camera. "
        "Ngay tại trung tâm có cảnh sát thường trực (4 người, cùng khoảng 30 nhân viên trực, làm theo ca), nên "
        "nhân viên trực chuyển vụ việc cho cảnh sát ngay trong phòng. Lễ hội và các số liệu của nó được mô phỏng "
        "cho bản ghi này.",
        "Tunjukkan carta kepadatan: anggaran ini datang daripada data stesen pangkalan mudah alih, bukan daripada "
        "kamera. Pegawai polis ditempatkan di pusat ini sendiri (4 orang, bersama kira-kira 30 pengendali, secara "
        "bergilir), jadi pengendali menyerahkan kes itu kepada pegawai di dalam bilik yang sama. Festival ini dan "
        "angkanya disimulasikan untuk rakaman ini."),
    "rain": note(
        "차트에서 시청 강우량계를 가리키세요. 기준을 알려 주세요. 호우주의보는 3시간 60mm 또는 "
        "12시간 110mm, 호우경보는 3시간 90mm 또는 12시간 180mm입니다. 이 기록에서는 "
        "3시간 동안 {mm}mm가 내립니다.",
        "Point at the City Hall rain gauge on the chart. Quote the thresholds: a heavy-rain advisory at 60 mm in "
        "3 hours or 110 mm in 12 hours, a warning at 90 mm in 3 hours or 180 mm in 12 hours. In this recording "
        "{mm} mm fall in three hours.",
        "Señale en el gráfico el pluviómetro del Ayuntamiento. Cite los umbrales: aviso por lluvias intensas con "
        "60 mm en 3 horas o 110 mm en 12 horas; alerta con 90 mm en 3 horas o 180 mm en 12 horas. En esta "
        "grabación caen {mm} mm en tres horas.",
        "Montrez sur le graphique le pluviomètre de l'hôtel de ville. Citez les seuils : vigilance fortes pluies "
        "à 60 mm en 3 heures ou 110 mm en 12 heures, alerte à 90 mm en 3 heures ou 180 mm en 12 heures. Dans cet "
        "enregistrement, il tombe {mm} mm en trois heures.",
        "أشِر في المخطط إلى مقياس المطر عند مبنى البلدية. اذكر الحدود: تنبيه الأمطار الغزيرة عند 60 ملم في 3 "
        "ساعات أو 110 ملم في 12 ساعة، والتحذير عند 90 ملم في 3 ساعات أو 180 ملم في 12 ساعة. في هذا التسجيل يهطل "
        "{mm} ملم خلال ثلاث ساعات.",
        "请指向图表上的市政府雨量计。可说明标准：暴雨注意报为3小时60毫米或12小时110毫米，"
        "暴雨警报为3小时90毫米或12小时180毫米。本记录中3小时降雨{mm}毫米。",
        "Hãy chỉ vào trạm đo mưa Tòa thị chính trên biểu đồ. Nêu các ngưỡng: khuyến cáo mưa lớn khi có 60 mm "
        "trong 3 giờ hoặc 110 mm trong 12 giờ, cảnh báo khi có 90 mm trong 3 giờ hoặc 180 mm trong 12 giờ. Trong "
        "bản ghi này, {mm} mm mưa rơi trong ba giờ.",
        "Tunjukkan tolok hujan Dewan Bandaraya pada carta. Sebut parasnya: nasihat hujan lebat pada 60 mm dalam 3 "
        "jam atau 110 mm dalam 12 jam, amaran pada 90 mm dalam 3 jam atau 180 mm dalam 12 jam. Dalam rakaman ini, "
        "{mm} mm turun dalam tiga jam."),
    "roads": note(
        "지도에서 비산교·내비산교·수촌교·대한교 하부도로 네 곳을 가리키세요. 안양은 지하차도 6곳과 이 "
        "하부도로 4곳에 CCTV·전광판·스피커·차단기로 된 자동 차단 시설을 갖추고 있습니다. 실제 "
        "선례: 2020년 8월 6일 07:28 재난문자로 안양천·학의천 산책로가 통제되고, 비산교와 "
        "내비산교 하부도로가 막혔습니다.",
        "Point at the four under-bridge roads on the map: Bisan, Naebisan, Suchon and Daehan. Anyang's automatic "
        "barriers (CCTV, sign, speaker and gate) stand at 6 underpasses and these 4 roads. The real precedent: on "
        "6 August 2020 at 07:28 a disaster text closed the Anyang and Hagui stream paths, and the roads under "
        "Bisan and Naebisan bridges were shut.",
        "Señale en el mapa las cuatro vías bajo los puentes Bisan, Naebisan, Suchon y Daehan. Anyang tiene "
        "cierres automáticos (cámara CCTV, panel, altavoz y barrera) en 6 pasos a desnivel y en estas 4 vías. El "
        "precedente real: el 6 de agosto de 2020 a las 07:28, un mensaje de emergencia cerró los senderos de los "
        "arroyos Anyang y Hagui, y se cortaron las vías bajo los puentes Bisan y Naebisan.",
        "Montrez sur la carte les quatre voies sous les ponts Bisan, Naebisan, Suchon et Daehan. Anyang a équipé "
        "6 passages souterrains et ces 4 voies de fermetures automatiques (caméra, panneau, haut-parleur et "
        "barrière). Le précédent réel : le 6 août 2020 à 07:28, un message d'alerte a fermé les chemins des "
        "ruisseaux Anyang et Hagui, et les voies sous les ponts Bisan et Naebisan ont été coupées.",
        "أشِر على الخريطة إلى الطرق الأربعة أسفل جسور بيسان ونيبيسان وسوتشون وديهان. لدى أنيانغ أنظمة إغلاق آلية "
        "(كاميرا مراقبة ولوحة ومكبّر صوت وبوابة) في 6 أنفاق وفي هذه الطرق الأربعة. السابقة الحقيقية: في 6 أغسطس "
        "2020 عند الساعة 07:28 أغلقت رسالة طوارئ ممرات جدولي أنيانغ وهاغوي، وأُغلقت الطرق أسفل جسري بيسان "
        "ونيبيسان.",
        "请在地图上指出飞山桥、内飞山桥、水村桥和大韩桥下的四条道路。安养在6处地下车道和这4条桥下道路设有自动封"
        "闭设施（监控摄像头、显示屏、广播和拦车杆）。真实先例：2020年8月6日07:28，"
        "一条灾难短信封闭了安养川和鹤仪川的步道，飞山桥和内飞山桥下道路随之封闭。",
        "Hãy chỉ trên bản đồ bốn tuyến đường dưới cầu Bisan, Naebisan, Suchon và Daehan. Anyang có hệ thống chắn "
        "tự động (camera, biển báo, loa và barie) tại 6 hầm chui và 4 tuyến đường này. Tiền lệ có thật: ngày 6 "
        "tháng 8 năm 2020 lúc 07:28, một tin nhắn thảm họa đã đóng các lối đi ven suối Anyang và suối Hagui, và "
        "các tuyến đường dưới cầu Bisan và Naebisan bị chặn.",
        "Tunjukkan pada peta empat jalan di bawah jambatan Bisan, Naebisan, Suchon dan Daehan. Anyang mempunyai "
        "penghadang automatik (CCTV, papan tanda, pembesar suara dan palang) di 6 laluan bawah tanah dan 4 jalan "
        "ini. Duluan sebenar: pada 6 Ogos 2020 jam 07:28, mesej teks bencana menutup laluan Sungai Anyang dan "
        "Sungai Hagui, dan jalan di bawah jambatan Bisan dan Naebisan ditutup."),
    "flood": note(
        "오금교 수위계를 가리키세요. 홍수주의보 7.00m와 홍수경보 9.00m는 공개된 기준이고, 다른 "
        "수위계의 기준은 추정치입니다. 계획홍수량의 50%에 해당하는 수위를 넘을 것으로 예상되면 주의보, "
        "70%면 경보가 발령됩니다. 경보는 긴급재난 등급(40dB) 재난문자로 휴대전화에 도착하며, "
        "위급재난 등급은 60dB이고 끌 수 없습니다.",
        "Point at the Ogeum Bridge gauge: its advisory (7.00 m) and warning (9.00 m) levels are the published "
        "ones; the other gauges' levels are estimates. An advisory is issued when the water is expected to pass "
        "the level of 50% of the design flood flow, a warning at 70%. The warning reaches phones by cell "
        "broadcast at the emergency tier (40 dB); the extreme tier is 60 dB and cannot be turned off.",
        "Señale el medidor del puente Ogeum: sus niveles de aviso (7,00 m) y de alerta (9,00 m) son los "
        "publicados; los de los demás medidores son estimaciones. El aviso se emite cuando se prevé que el agua "
        "supere el nivel del 50 % del caudal de crecida de diseño, y la alerta, el del 70 %. La alerta llega a "
        "los celulares por difusión celular en el nivel de emergencia (40 dB); el nivel extremo es de 60 dB y no "
        "se puede desactivar.",
        "Montrez la station du pont Ogeum : ses niveaux de vigilance (7,00 m) et d'alerte (9,00 m) sont ceux "
        "publiés ; ceux des autres stations sont des estimations. La vigilance est déclenchée quand l'eau doit "
        "dépasser le niveau de 50 % du débit de crue de projet, l'alerte à 70 %. L'alerte arrive sur les "
        "téléphones par diffusion cellulaire au niveau urgence (40 dB) ; le niveau extrême est à 60 dB et ne peut "
        "pas être désactivé.",
        "أشِر إلى مقياس جسر أوغوم: مستوى التنبيه (7.00 م) ومستوى التحذير (9.00 م) فيه هما المستويان المنشوران، "
        "أما مستويات المقاييس الأخرى فتقديرية. يصدر التنبيه عندما يُتوقَّع أن تتجاوز المياه مستوى 50% من تدفق "
        "الفيضان التصميمي، والتحذير عند 70%. يصل التحذير إلى الهواتف عبر البث الخلوي بمستوى الطوارئ (40 ديسيبل)، "
        "أما المستوى الأقصى فيبلغ 60 ديسيبل ولا يمكن إيقافه.",
        "请指向梧琴桥水位站：其洪水注意报水位（7.00米）和警报水位（9.00米）是公开发布的标准，"
        "其他水位站的标准为估计值。预计水位将超过设计洪水流量50%对应的水位时发布注意报，70%时发布警报。"
        "警报通过小区广播以紧急级（40分贝）发送到手机；最高的危急级为60分贝，且无法关闭。",
        "Hãy chỉ vào trạm đo cầu Ogeum: mức khuyến cáo (7,00 m) và mức cảnh báo (9,00 m) của trạm là mức đã công "
        "bố; mức của các trạm khác là ước tính. Khuyến cáo được ban hành khi dự kiến nước vượt mức ứng với 50% "
        "lưu lượng lũ thiết kế, cảnh báo ở mức 70%. Cảnh báo đến điện thoại qua phát sóng di động ở cấp khẩn cấp "
        "(40 dB); cấp nguy cấp là 60 dB và không thể tắt.",
        "Tunjukkan tolok Jambatan Ogeum: paras nasihat (7.00 m) dan paras amaran (9.00 m) di situ ialah paras "
        "yang diterbitkan; paras tolok lain ialah anggaran. Nasihat dikeluarkan apabila air dijangka melepasi "
        "paras 50% aliran banjir reka bentuk, dan amaran pada 70%. Amaran sampai ke telefon melalui siaran sel "
        "pada peringkat kecemasan (40 dB); peringkat ekstrem ialah 60 dB dan tidak boleh dimatikan."),
    "evacuation": note(
        "순찰차와 안양종합운동장 대피소를 가리키세요. 대피는 대한교 수위계가 경보 수위를 넘으면서 "
        "결정되며, 이 지역 기준은 이번 기록을 위해 추정한 값입니다. 재난 정보와 CCTV 영상을 국가 "
        "재난관리 시스템에 공유하는 것이 5대 연계 서비스 중 네 번째입니다.",
        "Point at the patrol car and at the shelter in Anyang Sports Complex. The evacuation follows the Daehan "
        "Bridge gauge passing its warning level, a local threshold estimated for this recording. Sharing disaster "
        "information and CCTV views into the national disaster management system is linked service 4 of 5.",
        "Señale la patrulla y el refugio del Complejo Deportivo de Anyang. La evacuación se decide cuando el "
        "medidor del puente Daehan supera su nivel de alerta, un umbral local estimado para esta grabación. "
        "Compartir la información de desastres y las imágenes de CCTV con el sistema nacional de gestión de "
        "desastres es el servicio vinculado 4 de 5.",
        "Montrez la voiture de police et l'abri du complexe sportif d'Anyang. L'évacuation est décidée quand la "
        "station du pont Daehan dépasse son niveau d'alerte, un seuil local estimé pour cet enregistrement. "
        "Partager les informations de catastrophe et les images de vidéosurveillance avec le système national de "
        "gestion des catastrophes est le quatrième des cinq services reliés.",
        "أشِر إلى سيارة الشرطة وإلى مركز الإيواء في المجمع الرياضي في أنيانغ. يُتّخذ قرار الإخلاء عندما يتجاوز "
        "مقياس جسر ديهان مستوى التحذير، وهو حدّ محلي مقدَّر لهذا التسجيل. مشاركة معلومات الكوارث ومشاهد كاميرات "
        "المراقبة مع النظام الوطني لإدارة الكوارث هي الخدمة المرتبطة الرابعة من خمس.",
        "请指向警车和安养综合运动场避难所。疏散是在大韩桥水位站超过警报水位时决定的，"
        "这一地方标准为本记录的估计值。将灾害信息和监控画面共享给国家灾害管理系统，是五项联动服务中的第四项。",
        "Hãy chỉ vào xe cảnh sát và nơi trú ẩn tại Khu liên hợp Thể thao Anyang. Việc sơ tán được quyết định khi "
        "trạm đo cầu Daehan vượt mức cảnh báo, một ngưỡng địa phương được ước tính cho bản ghi này. Chia sẻ thông "
        "tin thảm họa và hình ảnh CCTV vào hệ thống quản lý thảm họa quốc gia là dịch vụ liên kết thứ 4 trong 5 "
        "dịch vụ.",
        "Tunjukkan kereta polis dan pusat pemindahan di Kompleks Sukan Anyang. Pemindahan diputuskan apabila "
        "tolok Jambatan Daehan melepasi paras amarannya, satu paras tempatan yang dianggarkan untuk rakaman ini. "
        "Berkongsi maklumat bencana dan paparan CCTV dengan sistem pengurusan bencana nasional ialah perkhidmatan "
        "berpaut keempat daripada lima."),
    "night": note(
        "오금교 수위 곡선이 9.00m와 7.00m 선 아래로 내려가는 것을 가리키세요. 센터는 24시간 "
        "운영되며, 관제요원 약 30명과 경찰관 4명이 교대로 근무합니다. 안양은 2021년 5월 CCTV "
        "약 6,300대를 경찰(112), 소방(119), 재난상황실과 연계해 통합플랫폼을 개통했습니다.",
        "Point at the Ogeum Bridge curve falling back under the 9.00 m and 7.00 m lines. The center runs 24 hours "
        "a day: about 30 operators and 4 police officers, in shifts. Anyang went live on the national platform in "
        "May 2021 with about 6,300 CCTVs linked to police (112), fire (119) and the disaster room.",
        "Señale la curva del puente Ogeum que vuelve a bajar de las líneas de 9,00 m y 7,00 m. El centro funciona "
        "las 24 horas: unos 30 operadores y 4 policías, por turnos. Anyang entró en servicio en la plataforma "
        "nacional en mayo de 2021, con unas 6.300 cámaras CCTV vinculadas con la policía (112), los bomberos "
        "(119) y la sala de desastres.",
        "Montrez la courbe du pont Ogeum qui repasse sous les lignes de 9,00 m et 7,00 m. Le centre fonctionne 24 "
        "heures sur 24 : environ 30 opérateurs et 4 policiers, par roulement. Anyang a rejoint la plateforme "
        "nationale en mai 2021, avec environ 6 300 caméras reliées à la police (112), aux pompiers (119) et à la "
        "salle de gestion des catastrophes.",
        "أشِر إلى منحنى جسر أوغوم وهو يعود تحت خطّي 9.00 م و7.00 م. يعمل المركز على مدار 24 ساعة: نحو 30 مشغّلًا "
        "و4 من أفراد الشرطة بنظام المناوبات. بدأ تشغيل أنيانغ على المنصة الوطنية في مايو 2021 بنحو 6,300 كاميرا "
        "مراقبة مرتبطة بالشرطة (112) والإطفاء (119) وغرفة الكوارث.",
        "请指向梧琴桥水位曲线回落到9.00米和7.00米线以下。中心24小时运行："
        "约30名值班人员和4名警察轮班值守。安养于2021年5月接入国家平台，"
        "约6,300个监控摄像头与警察（112）、消防（119）和灾害应对室联动。",
        "Hãy chỉ vào đường mực nước cầu Ogeum hạ xuống dưới các vạch 9,00 m và 7,00 m. Trung tâm hoạt động 24 giờ "
        "mỗi ngày: khoảng 30 nhân viên trực và 4 cảnh sát, làm theo ca. Anyang đưa nền tảng quốc gia vào vận hành "
        "từ tháng 5 năm 2021, với khoảng 6.300 camera CCTV liên kết với cảnh sát (112), cứu hỏa (119) và phòng "
        "ứng phó thảm họa.",
        "Tunjukkan lengkung Jambatan Ogeum yang turun semula di bawah garis 9.00 m dan 7.00 m. Pusat ini "
        "beroperasi 24 jam sehari: kira-kira 30 pengendali dan 4 pegawai polis, secara bergilir. Anyang mula "
        "beroperasi di platform nasional pada Mei 2021 dengan kira-kira 6,300 CCTV yang dipautkan kepada polis "
        "(112), bomba (119) dan bilik bencana."),
}
