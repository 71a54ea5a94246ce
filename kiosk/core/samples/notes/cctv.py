"""The guide's notes for the chapters of "anyang-cctv-ai". No Qt here.

Keys are the chapters of ``CH_CCTV``.
"""

from kiosk.core.samples.notes import note

NOTES = {
    "loitering_night": note(
        "이 장면의 실제 사례: 01:10 관제요원이 종합운동장 근처에서 30분째 배회하는 남성을 "
        "발견했고, 그는 실종 신고된 사람이었습니다. 제자리에 머무는 그의 박스를 가리키세요. AI는 "
        "시간·장소·상황별 규칙으로 판단하며, 이곳에서 밤에 오래 머물면 알립니다. 영상은 저장하지 않고 "
        "검출 박스만 남깁니다.",
        "The real case behind this clip: at 01:10 an operator saw a man loitering for 30 minutes near the sports "
        "complex, and he was a registered missing person. Point at his box, which stays in place: the AI's rules "
        "depend on time, place and situation, and lingering here at night is flagged. Only detection boxes are "
        "stored, never images.",
        "El caso real detrás de esta escena: a la 01:10 un operador vio a un hombre que llevaba 30 minutos "
        "merodeando cerca del complejo deportivo; era una persona desaparecida registrada. Señale su recuadro, "
        "que no se mueve: las reglas de la IA dependen de la hora, el lugar y la situación, y aquí, de noche, "
        "quedarse mucho rato genera una alerta. Solo se guardan recuadros de detección, nunca imágenes.",
        "Le cas réel derrière cette séquence : à 01:10, un opérateur a vu un homme qui rôdait depuis 30 minutes "
        "près du complexe sportif ; c'était une personne portée disparue. Montrez son cadre, qui reste en place : "
        "les règles de l'IA dépendent de l'heure, du lieu et de la situation, et ici, la nuit, s'attarder est "
        "signalé. Seuls les cadres de détection sont conservés, jamais d'images.",
        "الحالة الحقيقية وراء هذا المقطع: عند الساعة 01:10 رأى أحد المشغّلين رجلًا يتسكّع منذ 30 دقيقة قرب المجمع "
        "الرياضي، وكان شخصًا مُبلَّغًا عن فقدانه. أشِر إلى مربّعه الذي يبقى في مكانه: قواعد الذكاء الاصطناعي تتبع "
        "الوقت والمكان والموقف، والمكوث هنا ليلًا يستدعي التنبيه. لا تُحفظ إلا مربعات الرصد، ولا تُحفظ أي صور.",
        "这段画面背后的真实案例：凌晨01:10，值班人员发现一名男子在综合运动场附近徘徊了30分钟，"
        "他是已登记的失踪人员。请指向他停在原地的检测框：AI按时间、地点和情况设定规则，"
        "夜间在此长时间停留就会提示。系统只保存检测框，从不保存图像。",
        "Trường hợp có thật đằng sau đoạn ghi này: lúc 01:10, một nhân viên trực thấy một người đàn ông lảng vảng "
        "suốt 30 phút gần khu liên hợp thể thao, và đó là người đã được trình báo mất tích. Hãy chỉ vào khung của "
        "ông, vẫn đứng yên một chỗ: AI có quy tắc theo thời gian, địa điểm và tình huống, và ban đêm ai nán lại "
        "đây sẽ bị cảnh báo. Hệ thống chỉ lưu khung phát hiện, không bao giờ lưu hình ảnh.",
        "Kes sebenar di sebalik klip ini: pada 01:10, seorang pengendali ternampak seorang lelaki berlegar selama "
        "30 minit berhampiran kompleks sukan, dan beliau ialah individu hilang yang telah dilaporkan. Tunjukkan "
        "kotaknya yang tidak berganjak: peraturan AI bergantung pada masa, tempat dan situasi, dan berlama-lama "
        "di sini pada waktu malam akan dimaklumkan. Hanya kotak pengesanan disimpan, tiada imej."),
    "fall": note(
        "박스가 넓고 낮게 바뀌는 것을 가리키세요. 검출기는 누워 있는 사람을 이렇게 봅니다. 안양의 "
        "AI는 침입, 배회, 쓰러짐을 알리며, 처음에는 학교 주변과 범죄 취약 지역 300곳, 방범 "
        "카메라 5,249대 중 4,040대에 적용됐습니다. 관제요원이 알림을 확인하고 119를 부릅니다.",
        "Point at the box turning wide and low: that is how the detector sees a person lying down. Anyang's AI "
        "flags intrusion, loitering and falls; it was first applied at 300 sites near schools and crime-prone "
        "areas, on 4,040 of the 5,249 crime-prevention cameras. The operator confirms the alert and calls 119.",
        "Señale el recuadro que se vuelve ancho y bajo: así ve el detector a una persona tendida. La IA de Anyang "
        "detecta intrusiones, merodeo y caídas; se aplicó primero en 300 puntos cerca de escuelas y zonas con más "
        "delitos, en 4.040 de las 5.249 cámaras de prevención del delito. El operador confirma la alerta y llama "
        "al 119.",
        "Montrez le cadre qui devient large et bas : c'est ainsi que le détecteur voit une personne allongée. "
        "L'IA d'Anyang signale les intrusions, les personnes qui rôdent et les chutes ; elle a d'abord été "
        "déployée sur 300 sites près des écoles et des zones sensibles, soit 4 040 des 5 249 caméras de "
        "prévention de la délinquance. L'opérateur confirme l'alerte et appelle le 119.",
        "أشِر إلى المربّع وهو يصبح عريضًا ومنخفضًا: هكذا يرى الكاشف شخصًا ممدّدًا على الأرض. يرصد الذكاء "
        "الاصطناعي في أنيانغ التسلّل والتسكّع والسقوط، وقد طُبّق أولًا في 300 موقع قرب المدارس والمناطق المعرّضة "
        "للجريمة، على 4,040 من أصل 5,249 كاميرا لمنع الجريمة. يتحقق المشغّل من التنبيه ويتصل بخدمة 119.",
        "请指向检测框变得又宽又矮：检测器就是这样看到躺倒的人的。安养的AI可提示闯入、徘徊和跌倒，"
        "最早应用于学校周边和犯罪易发区域的300个地点，覆盖5,249个防范犯罪摄像头中的4,040个。"
        "值班人员确认警报后呼叫119。",
        "Hãy chỉ vào khung trở nên rộng và thấp: đó là cách bộ phát hiện nhìn thấy một người nằm xuống. AI của "
        "Anyang cảnh báo xâm nhập, lảng vảng và té ngã; ban đầu được áp dụng tại 300 điểm gần trường học và khu "
        "vực dễ xảy ra tội phạm, trên 4.040 trong số 5.249 camera phòng chống tội phạm. Nhân viên trực xác nhận "
        "cảnh báo và gọi 119.",
        "Tunjukkan kotak yang menjadi lebar dan rendah: begitulah pengesan melihat orang yang terbaring. AI "
        "Anyang memaklumkan pencerobohan, perbuatan berlegar dan kejadian jatuh; ia mula digunakan di 300 lokasi "
        "berhampiran sekolah dan kawasan rawan jenayah, pada 4,040 daripada 5,249 kamera pencegahan jenayah. "
        "Pengendali mengesahkan amaran dan menghubungi 119."),
    "speeding_school_zone": note(
        "어린이보호구역은 제한속도가 시속 30km이고 과속 단속 카메라 설치가 의무입니다. 빠른 차량의 "
        "박스를 가리킨 다음 전광판을 가리키세요. 안양의 시스템은 과속 차량의 번호판과 영상을 보여 "
        "줍니다. 같은 AI CCTV가 승용차, 킥보드, 보행자를 검출하고 충돌을 예측합니다.",
        "School zones have a 30 km/h limit with mandatory speed cameras. Point at the fast car's box, then at the "
        "LED board: Anyang's system shows the speeding car's plate and video. The same AI CCTV detects cars, kick "
        "scooters and pedestrians and predicts collisions.",
        "Las zonas escolares tienen un límite de 30 km/h y cámaras de velocidad obligatorias. Señale el recuadro "
        "del automóvil que va rápido y luego el panel LED: el sistema de Anyang muestra la placa y el video del "
        "vehículo que excede la velocidad. La misma cámara con IA detecta automóviles, monopatines y peatones, y "
        "predice colisiones.",
        "Les zones scolaires sont limitées à 30 km/h, avec radars obligatoires. Montrez le cadre de la voiture "
        "rapide, puis le panneau à LED : le système d'Anyang affiche la plaque et la vidéo de la voiture en excès "
        "de vitesse. La même caméra à IA détecte voitures, trottinettes et piétons, et prévoit les collisions.",
        "الحدّ الأقصى للسرعة في المناطق المدرسية 30 كم/س مع كاميرات سرعة إلزامية. أشِر إلى مربّع السيارة المسرعة "
        "ثم إلى اللوحة الإلكترونية: يعرض نظام أنيانغ رقم لوحة السيارة المخالفة ومقطع الفيديو. وترصد كاميرا الذكاء "
        "الاصطناعي نفسها السيارات والسكوترات والمشاة وتتنبأ بالتصادم.",
        "学校区域限速30公里/小时，并强制设置测速摄像头。请先指向快车的检测框，再指向LED屏："
        "安养的系统会显示超速车辆的车牌和视频。同一套AI监控还能检测小汽车、电动滑板车和行人，并预测碰撞。",
        "Khu vực trường học giới hạn tốc độ 30 km/h và bắt buộc có camera bắn tốc độ. Hãy chỉ vào khung của chiếc "
        "ô tô chạy nhanh, rồi vào bảng LED: hệ thống của Anyang hiển thị biển số và video của xe chạy quá tốc độ. "
        "Cùng camera AI đó phát hiện ô tô, xe trượt scooter và người đi bộ, đồng thời dự đoán va chạm.",
        "Zon sekolah mempunyai had laju 30 km/j dengan kamera laju wajib. Tunjukkan kotak kereta yang laju, "
        "kemudian papan LED: sistem Anyang memaparkan nombor pendaftaran dan video kereta yang memandu laju. CCTV "
        "AI yang sama mengesan kereta, skuter dan pejalan kaki serta meramalkan perlanggaran."),
    "smoke": note(
        "화재·연기를 검출하면 관제 화면이 깜박입니다. 피어오르는 연기 박스를 가리키세요. 여기서 센터는 "
        "현장 영상, 출동 경로, 교통 상황과 함께 119에 현장을 넘깁니다(5대 연계 서비스 중 세 "
        "번째). 이 장면에서는 골목이 좁아 소방차가 들어가지 못해 대원들이 걸어 들어옵니다.",
        "Fire and smoke detection makes the operator's screen blink: point at the smoke box as it rises. From "
        "here the center hands the scene to 119 (linked service 3 of 5): scene video, the engines' route and "
        "traffic. In this clip the alley is too narrow for the engine, so the crew walks in.",
        "La detección de fuego y humo hace parpadear la pantalla del operador: señale el recuadro del humo "
        "mientras sube. Desde aquí el centro pasa la escena al 119 (servicio vinculado 3 de 5): video del lugar, "
        "ruta de los vehículos y tráfico. En esta escena el pasillo es demasiado estrecho para la autobomba, así "
        "que la brigada entra a pie.",
        "La détection de feu et de fumée fait clignoter l'écran de l'opérateur : montrez le cadre de la fumée qui "
        "monte. De là, le centre transmet la scène au 119 (troisième des cinq services reliés) : images du site, "
        "itinéraire des engins et circulation. Dans cette séquence, l'allée est trop étroite pour l'engin : "
        "l'équipe entre à pied.",
        "رصد النار والدخان يجعل شاشة المشغّل تومض: أشِر إلى مربّع الدخان وهو يتصاعد. من هنا يحيل المركز المشهد "
        "إلى 119 (الخدمة المرتبطة الثالثة من خمس): بثّ الموقع ومسار سيارات الإطفاء وحالة المرور. في هذا المقطع "
        "الممرّ أضيق من أن تدخله سيارة الإطفاء، فيدخل الفريق سيرًا على الأقدام.",
        "检测到火焰和烟雾时，值班人员的屏幕会闪烁：请指向正在升起的烟雾检测框。"
        "中心由此把现场移交给119（五项联动服务中的第三项）：现场视频、消防车路线和交通状况。"
        "这段画面中通道太窄，消防车进不去，消防员步行进入。",
        "Khi phát hiện lửa và khói, màn hình của nhân viên trực nhấp nháy: hãy chỉ vào khung khói đang bốc lên. "
        "Từ đây trung tâm chuyển hiện trường cho 119 (dịch vụ liên kết thứ 3 trong 5): hình ảnh hiện trường, lộ "
        "trình xe cứu hỏa và giao thông. Trong đoạn ghi này lối đi quá hẹp cho xe chữa cháy, nên đội cứu hỏa đi "
        "bộ vào.",
        "Pengesanan api dan asap membuatkan skrin pengendali berkelip: tunjukkan kotak asap yang sedang naik. "
        "Dari sini pusat menyerahkan lokasi kepada 119 (perkhidmatan berpaut ketiga daripada lima): video lokasi, "
        "laluan jentera dan trafik. Dalam klip ini lorongnya terlalu sempit untuk jentera, jadi anggota bomba "
        "masuk berjalan kaki."),
    "illegal_parking": note(
        "2021년 10월부터 어린이보호구역은 주정차가 전면 금지되었고, 08:00~20:00 과태료는 "
        "12만~13만 원입니다. 멈춰 선 차량의 박스를 가리키세요. 1분이 지나면 AI가 알리며, 불법 "
        "주정차 검출은 자동입니다.",
        "Since October 2021 no stopping or parking at all is allowed in school zones; from 08:00 to 20:00 the "
        "fine is 120,000 to 130,000 won. Point at the car's box standing still: after one minute the AI flags it; "
        "illegal-parking detection is automatic.",
        "Desde octubre de 2021 está prohibido detenerse y estacionar en las zonas escolares; de 08:00 a 20:00 la "
        "multa es de 120.000 a 130.000 wones. Señale el recuadro del automóvil detenido: al cabo de un minuto la "
        "IA lo señala; la detección de estacionamiento ilegal es automática.",
        "Depuis octobre 2021, tout arrêt et tout stationnement sont interdits en zone scolaire ; de 08:00 à "
        "20:00, l'amende est de 120 000 à 130 000 wons. Montrez le cadre de la voiture à l'arrêt : au bout d'une "
        "minute, l'IA la signale ; la détection du stationnement illicite est automatique.",
        "منذ أكتوبر 2021 يُحظر التوقف والوقوف كليًا في المناطق المدرسية، والغرامة من 08:00 إلى 20:00 بين 120,000 "
        "و130,000 وون. أشِر إلى مربّع السيارة المتوقفة: بعد دقيقة واحدة ينبّه الذكاء الاصطناعي إليها، فرصد الوقوف "
        "المخالف آلي.",
        "自2021年10月起，学校区域全面禁止停车；08:00至20:00的罚款为120,000至130,000"
        "韩元。请指向静止不动的汽车检测框：一分钟后AI发出提示，违法停车检测是全自动的。",
        "Từ tháng 10 năm 2021, mọi hành vi dừng và đỗ xe trong khu vực trường học đều bị cấm; từ 08:00 đến 20:00, "
        "mức phạt là 120.000 đến 130.000 won. Hãy chỉ vào khung của chiếc ô tô đứng yên: sau một phút AI phát "
        "cảnh báo; việc phát hiện đỗ xe trái phép là tự động.",
        "Sejak Oktober 2021, berhenti dan meletak kenderaan diharamkan sepenuhnya di zon sekolah; dari 08:00 "
        "hingga 20:00 dendanya 120,000 hingga 130,000 won. Tunjukkan kotak kereta yang tidak bergerak: selepas "
        "satu minit AI memberi amaran; pengesanan letak kereta haram berlaku secara automatik."),
    "jaywalking": note(
        "횡단보도를 벗어나 정차한 차량 사이로 지나가는 보행자의 박스를 가리키세요. 안양의 스마트 "
        "어린이보호구역 시스템은 우회전, 정지선 위반, 무단횡단을 경고합니다. 여기서는 스피커가 그 "
        "자리에서 경고합니다.",
        "Point at the pedestrian's box leaving the crosswalk and passing between the waiting cars. Anyang's smart "
        "school-zone system warns about right turns, stop-line violations and jaywalking; here a speaker warns on "
        "the spot.",
        "Señale el recuadro del peatón que sale del paso peatonal y pasa entre los automóviles detenidos. El "
        "sistema de las zonas escolares inteligentes de Anyang advierte de giros a la derecha, invasiones de la "
        "línea de alto y cruces indebidos; aquí un altavoz avisa en el acto.",
        "Montrez le cadre du piéton qui quitte le passage piéton et passe entre les voitures à l'arrêt. Le "
        "système des zones scolaires intelligentes d'Anyang avertit des tourne-à-droite, des franchissements de "
        "ligne d'arrêt et des traversées hors passage ; ici, un haut-parleur avertit sur place.",
        "أشِر إلى مربّع أحد المشاة وهو يخرج عن ممر المشاة ويمرّ بين السيارات المتوقفة. نظام المناطق المدرسية "
        "الذكية في أنيانغ يحذّر من الانعطاف إلى اليمين وتجاوز خط التوقف والعبور المخالف، وهنا يطلق مكبّر الصوت "
        "تحذيرًا في الحال.",
        "请指向行人检测框离开人行横道、从等候的车辆之间穿过。安养智慧学校区域系统会对右转、"
        "越过停止线和行人乱穿马路发出警告；这里由扬声器当场警告。",
        "Hãy chỉ vào khung của người đi bộ rời vạch sang đường và đi giữa các ô tô đang chờ. Hệ thống khu vực "
        "trường học thông minh của Anyang cảnh báo rẽ phải, vượt vạch dừng và băng qua đường sai quy định; ở đây "
        "loa cảnh báo ngay tại chỗ.",
        "Tunjukkan kotak pejalan kaki yang keluar dari lintasan dan melalui celah kereta yang menunggu. Sistem "
        "zon sekolah pintar Anyang memberi amaran tentang belok ke kanan, melanggar garisan berhenti dan melintas "
        "secara melulu; di sini pembesar suara memberi amaran serta-merta."),
    "quiet": note(
        "평소 모습입니다. 알릴 일이 없습니다. 선별관제로 관제요원은 움직임이 있는 카메라만 보기 때문에 "
        "한 사람이 약 500대를 맡으며, 안양의 CCTV는 2026년 1월 기준 6,151대입니다. 하루 "
        "AI 알림 건수를 묻는다면: 공개된 수치는 없고, 추정으로 수십에서 수백 건이며 실제로 확인되는 "
        "것은 몇 건입니다.",
        "This is the normal case: nothing to flag. With selective monitoring, operators see only cameras with "
        "motion, so one operator covers about 500 cameras; Anyang had 6,151 CCTVs in January 2026. If asked how "
        "many AI pop-ups a day: the figure is not published; the estimate is tens to a few hundred, a handful of "
        "them confirmed.",
        "Este es el caso normal: nada que señalar. Con la vigilancia selectiva, los operadores solo ven las "
        "cámaras con movimiento, y así cada uno cubre unas 500 cámaras; Anyang tenía 6.151 cámaras CCTV en enero "
        "de 2026. Si preguntan cuántas alertas de IA hay al día: la cifra no se publica; se estima entre decenas "
        "y unos cientos, de las que solo unas pocas se confirman.",
        "C'est le cas ordinaire : rien à signaler. Avec la surveillance sélective, les opérateurs ne voient que "
        "les caméras où il y a du mouvement, et chacun en couvre environ 500 ; Anyang comptait 6 151 caméras en "
        "janvier 2026. Si l'on vous demande combien d'alertes l'IA lève par jour : le chiffre n'est pas publié ; "
        "on l'estime de quelques dizaines à quelques centaines, dont une poignée confirmées.",
        "هذه هي الحالة المعتادة: لا شيء يستدعي التنبيه. مع المراقبة الانتقائية لا يرى المشغّلون إلا الكاميرات "
        "التي ترصد حركة، فيغطي المشغّل الواحد نحو 500 كاميرا، وكان لدى أنيانغ 6,151 كاميرا مراقبة في يناير 2026. "
        "إذا سُئلت عن عدد تنبيهات الذكاء الاصطناعي في اليوم: الرقم غير منشور، ويُقدَّر بين عشرات وبضع مئات، "
        "يُؤكَّد منها عدد قليل.",
        "这是平常的情况：没有需要提示的事。采用选择性监控后，值班人员只查看有动态的摄像头，"
        "因此每人可负责约500个；2026年1月安养共有6,151个监控摄像头。如果被问到每天有多少条AI提示："
        "该数字未公开，估计为几十到几百条，其中只有少数得到确认。",
        "Đây là trường hợp bình thường: không có gì để cảnh báo. Nhờ giám sát chọn lọc, nhân viên trực chỉ xem "
        "các camera có chuyển động, nên mỗi người phụ trách khoảng 500 camera; tháng 1 năm 2026 Anyang có 6.151 "
        "camera CCTV. Nếu được hỏi mỗi ngày AI bật bao nhiêu cảnh báo: con số này chưa được công bố; ước tính từ "
        "vài chục đến vài trăm, trong đó chỉ một vài trường hợp được xác nhận.",
        "Inilah keadaan biasa: tiada apa-apa untuk dimaklumkan. Dengan pemantauan terpilih, pengendali hanya "
        "melihat kamera yang mengesan pergerakan, jadi seorang pengendali memantau kira-kira 500 kamera; Anyang "
        "mempunyai 6,151 CCTV pada Januari 2026. Jika ditanya berapa banyak amaran AI sehari: angka itu tidak "
        "diterbitkan; anggarannya puluhan hingga beberapa ratus, dan hanya segelintir disahkan."),
}
