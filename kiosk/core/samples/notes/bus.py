"""The guide's notes for the chapters of "ansan-autonomous-bus". No Qt here.

Keys are the chapters of ``CH_BUS``; ``{mins}``, ``{s}``, ``{trips}`` and ``{km}`` are the recording's own
figures, filled in by the builder like the captions. Ansan has published no ridership, so the notes
quote Anyang's own autonomous buses for the real figures.
"""

from kiosk.core.samples.notes import note

NOTES = {
    "start": note(
        "안산 자율주행 시범운행지구는 2025년 12월에 지정되었습니다. 사동 도시정보센터에서 한양대 "
        "ERICA, KTL, 안산호수공원, 원시역·시우역·초지역을 잇는 약 11km 구간입니다. 아직 "
        "공개된 이용객 수가 없어 이 기록의 승객은 모두 모의입니다. {mins} 간격으로 출발하는 셔틀 "
        "3대를 가리키세요.",
        "Ansan's pilot zone was designated in December 2025: about 11 km from the City Information Center in "
        "Sa-dong past Hanyang University ERICA, KTL, Ansan Lake Park and Wonsi, Siu and Choji stations. No "
        "ridership has been published yet, so every passenger in this recording is simulated. Point at the three "
        "shuttles leaving {mins} apart.",
        "La zona piloto de Ansan se designó en diciembre de 2025: unos 11 km desde el Centro de Información "
        "Urbana de Sa-dong, pasando por la Universidad Hanyang ERICA, el KTL, el Parque del Lago de Ansan y las "
        "estaciones de Wonsi, Siu y Choji. Aún no se han publicado cifras de pasajeros, así que todos los "
        "pasajeros de esta grabación son simulados. Señale los tres minibuses que salen con {mins} de intervalo.",
        "La zone pilote d'Ansan a été désignée en décembre 2025 : environ 11 km, du centre d'information urbaine "
        "de Sa-dong à l'université Hanyang ERICA, au KTL, au parc du lac d'Ansan et aux gares de Wonsi, Siu et "
        "Choji. Aucune fréquentation n'a encore été publiée : tous les passagers de cet enregistrement sont "
        "simulés. Montrez les trois navettes qui partent à {mins} d'intervalle.",
        "خُصّصت المنطقة التجريبية في أنسان في ديسمبر 2025: نحو 11 كم من مركز معلومات المدينة في سا-دونغ مرورًا "
        "بجامعة هانيانغ إريكا ومختبر KTL وحديقة بحيرة أنسان ومحطات وونسي وسيو وتشوجي. لم تُنشر أي أعداد للركاب "
        "بعد، لذا فكل ركاب هذا التسجيل محاكاة. أشِر إلى الحافلات المكوكية الثلاث وهي تنطلق بفاصل {mins}.",
        "安山自动驾驶示范区于2025年12月指定：全长约11公里，从四洞的城市信息中心经汉阳大学ERICA校区、"
        "KTL、安山湖水公园，到元时站、时雨站和草芝站。目前尚未公布乘客数据，因此本记录中的乘客全部为模拟。"
        "请指向每隔{mins}发车的3辆接驳车。",
        "Khu thí điểm của Ansan được chỉ định vào tháng 12 năm 2025: khoảng 11 km từ Trung tâm Thông tin Đô thị ở "
        "Sa-dong qua Đại học Hanyang ERICA, KTL, Công viên Hồ Ansan và các ga Wonsi, Siu, Choji. Chưa có số liệu "
        "hành khách nào được công bố, nên mọi hành khách trong bản ghi này đều là mô phỏng. Hãy chỉ vào ba xe đưa "
        "đón lần lượt xuất phát cách nhau {mins}.",
        "Zon perintis Ansan ditetapkan pada Disember 2025: kira-kira 11 km dari Pusat Maklumat Bandar di Sa-dong "
        "melalui Universiti Hanyang ERICA, KTL, Taman Tasik Ansan serta stesen Wonsi, Siu dan Choji. Belum ada "
        "data penumpang diterbitkan, jadi semua penumpang dalam rakaman ini ialah simulasi. Tunjukkan tiga bas "
        "ulang-alik yang bertolak pada selang {mins}."),
    "obstacle": note(
        "셔틀 속도가 0으로 떨어졌다가, 아무도 운전대를 잡지 않은 채 {s}초 뒤 다시 오르는 것을 "
        "가리키세요. 킥보드는 안양 어린이보호구역의 AI CCTV가 검출하는 대상이기도 합니다. "
        "비교하자면, 안양의 주야로 버스는 레벨 3으로 운전자와 안전요원이 타고 최고 시속 40km로 "
        "달립니다.",
        "Point at the shuttle's speed dropping to zero, then picking up again after {s} seconds with no one "
        "taking the wheel. Kick scooters are also among what Anyang's AI CCTV detects in school zones. For "
        "comparison, Anyang's own Juyaro buses are Level 3: a driver and a safety agent on board, at most 40 "
        "km/h.",
        "Señale cómo la velocidad del minibús baja a cero y vuelve a subir a los {s} segundos sin que nadie tome "
        "el volante. Los monopatines también están entre lo que detectan las cámaras con IA de Anyang en las "
        "zonas escolares. Para comparar, los autobuses Juyaro de Anyang son de nivel 3: llevan un conductor y un "
        "agente de seguridad, a 40 km/h como máximo.",
        "Montrez la vitesse de la navette qui tombe à zéro, puis remonte au bout de {s} secondes sans que "
        "personne prenne le volant. Les trottinettes font aussi partie de ce que détectent les caméras à IA "
        "d'Anyang dans les zones scolaires. Pour comparer, les bus Juyaro d'Anyang sont de niveau 3 : un "
        "conducteur et un agent de sécurité à bord, 40 km/h au plus.",
        "أشِر إلى سرعة الحافلة المكوكية وهي تنخفض إلى الصفر ثم ترتفع من جديد بعد {s} ثانية من دون أن يمسك أحد "
        "بالمقود. السكوترات أيضًا مما ترصده كاميرات الذكاء الاصطناعي في المناطق المدرسية في أنيانغ. للمقارنة، "
        "حافلات جويارو في أنيانغ من المستوى 3: على متنها سائق ومرافق سلامة، وسرعتها 40 كم/س على الأكثر.",
        "请指向接驳车速度降到零，{s}秒后在无人接管的情况下重新加速。电动滑板车也是安养学校区域AI监控会检测的"
        "对象。作为对比，安养自己的Juyaro巴士为3级自动驾驶：车上有驾驶员和安全员，最高时速40公里。",
        "Hãy chỉ vào tốc độ của xe đưa đón giảm về 0, rồi tăng lại sau {s} giây mà không ai cầm lái. Xe trượt "
        "scooter cũng nằm trong số những gì camera AI của Anyang phát hiện ở khu vực trường học. Để so sánh, xe "
        "buýt Juyaro của Anyang ở cấp độ 3: có tài xế và nhân viên an toàn trên xe, tối đa 40 km/h.",
        "Tunjukkan kelajuan bas ulang-alik yang jatuh ke sifar, kemudian naik semula selepas {s} saat tanpa "
        "sesiapa memegang stereng. Skuter juga antara yang dikesan oleh CCTV AI Anyang di zon sekolah. Sebagai "
        "perbandingan, bas Juyaro Anyang berada pada Tahap 3: ada pemandu dan ejen keselamatan di dalamnya, "
        "paling laju 40 km/j."),
    "noon": note(
        "셔틀 3대의 위치, 속도, 승객 수를 실시간으로 가리키세요. 안양의 주야로도 이 센터에서 같은 "
        "방식으로 실시간 관제합니다. 18인승 2대가 주간에는 범계역~비산체육공원 왕복 6.8km, 정류장 "
        "11곳을 10:00~17:00 매시간 운행합니다. 야간 노선은 00:00~02:00 "
        "인덕원·평촌·범계·명학·안양역을 잇는 왕복 14.4km, 정류장 22곳입니다.",
        "Point at the three shuttles: position, speed and passengers, live. Anyang's Juyaro is watched live from "
        "this center the same way: 2 buses of 18 seats on a 6.8 km day round trip from Beomgye station to Bisan "
        "sports park, 11 stops, hourly from 10:00 to 17:00. Its night route, 00:00 to 02:00, covers 14.4 km and "
        "22 stops through Indeogwon, Pyeongchon, Beomgye, Myeonghak and Anyang station.",
        "Señale los tres minibuses: posición, velocidad y pasajeros, en tiempo real. El Juyaro de Anyang se "
        "vigila en vivo desde este centro de la misma manera: 2 autobuses de 18 asientos en un recorrido diurno "
        "de ida y vuelta de 6,8 km entre la estación de Beomgye y el Parque Deportivo de Bisan, con 11 paradas, "
        "cada hora de 10:00 a 17:00. Su ruta nocturna, de 00:00 a 02:00, recorre 14,4 km y 22 paradas por "
        "Indeogwon, Pyeongchon, Beomgye, Myeonghak y la estación de Anyang.",
        "Montrez les trois navettes : position, vitesse et passagers, en direct. Le Juyaro d'Anyang est suivi en "
        "direct depuis ce centre de la même façon : 2 bus de 18 places sur un aller-retour de jour de 6,8 km "
        "entre la gare de Beomgye et le parc des sports de Bisan, 11 arrêts, toutes les heures de 10:00 à 17:00. "
        "La ligne de nuit, de 00:00 à 02:00, fait 14,4 km et 22 arrêts par Indeogwon, Pyeongchon, Beomgye, "
        "Myeonghak et la gare d'Anyang.",
        "أشِر إلى الحافلات المكوكية الثلاث: الموقع والسرعة والركاب لحظةً بلحظة. تُتابَع حافلات جويارو في أنيانغ "
        "مباشرةً من هذا المركز بالطريقة نفسها: حافلتان بـ18 مقعدًا على مسار نهاري ذهابًا وإيابًا طوله 6.8 كم بين "
        "محطة بومغيه وحديقة بيسان الرياضية، فيه 11 محطة، كل ساعة من 10:00 إلى 17:00. أما المسار الليلي من 00:00 "
        "إلى 02:00 فيقطع 14.4 كم و22 محطة عبر إندوكوون وبيونغتشون وبومغيه وميونغهاك ومحطة أنيانغ.",
        "请指向3辆接驳车：位置、速度和乘客人数，实时显示。安养的Juyaro巴士也由本中心以同样方式实时监控："
        "2辆18座巴士，白天线路往返凡溪站与飞山体育公园，全程6.8公里，11个站点，"
        "10:00至17:00每小时一班。夜间线路于00:00至02:00运行，途经仁德院、坪村、凡溪、"
        "鸣鹤和安养站，往返14.4公里，22个站点。",
        "Hãy chỉ vào ba xe đưa đón: vị trí, tốc độ và hành khách, theo thời gian thực. Xe buýt Juyaro của Anyang "
        "cũng được trung tâm này giám sát trực tiếp theo cách đó: 2 xe 18 chỗ chạy tuyến ban ngày khứ hồi 6,8 km "
        "giữa ga Beomgye và Công viên Thể thao Bisan, 11 điểm dừng, mỗi giờ một chuyến từ 10:00 đến 17:00. Tuyến "
        "ban đêm, từ 00:00 đến 02:00, dài 14,4 km với 22 điểm dừng qua Indeogwon, Pyeongchon, Beomgye, Myeonghak "
        "và ga Anyang.",
        "Tunjukkan tiga bas ulang-alik: kedudukan, kelajuan dan penumpang, secara langsung. Bas Juyaro Anyang "
        "juga dipantau secara langsung dari pusat ini dengan cara yang sama: 2 bas 18 tempat duduk di laluan "
        "siang pergi balik 6.8 km antara Stesen Beomgye dan Taman Sukan Bisan, 11 hentian, setiap jam dari 10:00 "
        "hingga 17:00. Laluan malamnya, dari 00:00 hingga 02:00, sejauh 14.4 km dengan 22 hentian melalui "
        "Indeogwon, Pyeongchon, Beomgye, Myeonghak dan Stesen Anyang."),
    "takeover": note(
        "목록의 이벤트를 가리키세요. 안전요원이 도로 공사 구간을 {mins} 동안 직접 운전한 뒤 "
        "자율주행으로 돌려줍니다. 인용할 수치: 운행 초기 안양 주야로의 수동 운전은 전체 운전 시간의 "
        "18%였습니다. 여기 안산의 수동 전환은 모의입니다.",
        "Point at the event in the list: the safety driver drives through the road works for {mins}, then hands "
        "back to automated driving. A figure to quote: early on, manual driving was 18% of the Juyaro buses' "
        "driving time in Anyang. Ansan's takeovers here are simulated.",
        "Señale el evento en la lista: el conductor de seguridad maneja en la zona de obras durante {mins} y "
        "luego devuelve el control a la conducción automatizada. Una cifra para citar: al principio, la "
        "conducción manual fue el 18 % del tiempo de conducción de los autobuses Juyaro de Anyang. Los cambios a "
        "modo manual de Ansan en esta grabación son simulados.",
        "Montrez l'événement dans la liste : le conducteur de sécurité conduit lui-même dans la zone de travaux "
        "pendant {mins}, puis rend la main à la conduite automatisée. Un chiffre à citer : au début, la conduite "
        "manuelle représentait 18 % du temps de conduite des bus Juyaro d'Anyang. Les reprises en main d'Ansan "
        "sont ici simulées.",
        "أشِر إلى الحدث في القائمة: يقود سائق السلامة بنفسه عبر منطقة الأعمال مدة {mins} ثم يعيد التحكم إلى "
        "القيادة الآلية. رقم يمكن ذكره: في البداية كانت القيادة اليدوية 18% من وقت قيادة حافلات جويارو في أنيانغ. "
        "أما حالات التحكم اليدوي في أنسان هنا فمحاكاة.",
        "请指向列表中的事件：安全员在道路施工路段人工驾驶{mins}，随后交还自动驾驶。可引用的数据：运营初期，"
        "人工驾驶占安养Juyaro巴士驾驶时间的18%。这里安山的人工接管为模拟。",
        "Hãy chỉ vào sự kiện trong danh sách: tài xế an toàn tự lái qua đoạn thi công trong {mins}, rồi trả lại "
        "chế độ tự hành. Một số liệu để trích dẫn: giai đoạn đầu, lái thủ công chiếm 18% thời gian vận hành của "
        "xe buýt Juyaro ở Anyang. Các lần chuyển sang lái thủ công của Ansan ở đây là mô phỏng.",
        "Tunjukkan peristiwa dalam senarai: pemandu keselamatan memandu sendiri melalui kawasan kerja jalan "
        "selama {mins}, kemudian menyerahkan semula kawalan kepada pemanduan automatik. Angka untuk dipetik: pada "
        "awalnya, pemanduan manual ialah 18% daripada masa pemanduan bas Juyaro di Anyang. Pengambilalihan manual "
        "Ansan di sini ialah simulasi."),
    "late": note(
        "다음 정류장들의 도착 시각을 가리키세요. 출발 때 생긴 {mins} 지연이 노선을 따라 "
        "이어집니다. 여기서는 탑승한 안전요원이 휠체어 이용객을 돕습니다. 2026년 3월 16일부터 "
        "다니는 안양의 레벨 4 셔틀은 운전석이 없으며, 9명이 타고 최고 시속 40km로 시청과 범계역을 "
        "거치는 4km를 약 30분에 달립니다.",
        "Point at the arrivals at the next stops: the {mins} of delay at the start carry on down the route. Here "
        "the safety driver on board helps a wheelchair user. Anyang's Level 4 shuttle, running since 16 March "
        "2026, has no driver's seat: 9 passengers, at most 40 km/h, 4 km through city hall and Beomgye station in "
        "about 30 minutes.",
        "Señale las llegadas a las siguientes paradas: los {mins} de retraso de la salida se arrastran por la "
        "ruta. Aquí el conductor de seguridad a bordo ayuda a un usuario de silla de ruedas. El minibús de nivel "
        "4 de Anyang, en servicio desde el 16 de marzo de 2026, no tiene asiento de conductor: 9 pasajeros, 40 "
        "km/h como máximo, 4 km por el ayuntamiento y la estación de Beomgye en unos 30 minutos.",
        "Montrez les arrivées aux arrêts suivants : les {mins} de retard au départ se reportent sur toute la "
        "ligne. Ici, le conducteur de sécurité à bord aide un usager en fauteuil roulant. La navette de niveau 4 "
        "d'Anyang, en service depuis le 16 mars 2026, n'a pas de poste de conduite : 9 passagers, 40 km/h au "
        "plus, 4 km par l'hôtel de ville et la gare de Beomgye en 30 minutes environ.",
        "أشِر إلى مواعيد الوصول إلى المحطات التالية: التأخير البالغ {mins} عند الانطلاق يمتد على طول المسار. هنا "
        "يساعد سائق السلامة على متن الحافلة أحد مستخدمي الكراسي المتحركة. أما الحافلة المكوكية من المستوى 4 في "
        "أنيانغ، العاملة منذ 16 مارس 2026، فلا مقعد سائق فيها: 9 ركاب، و40 كم/س على الأكثر، ومسار طوله 4 كم عبر "
        "مبنى البلدية ومحطة بومغيه في نحو 30 دقيقة.",
        "请指向后续各站的到站时间：发车时晚的{mins}沿线一路延续。这里车上的安全员在协助一名轮椅乘客。"
        "安养自2026年3月16日起运行的4级自动驾驶接驳车没有驾驶座：可载9名乘客，最高时速40公里，"
        "经市政府和凡溪站的4公里线路约需30分钟。",
        "Hãy chỉ vào giờ đến các điểm dừng tiếp theo: {mins} chậm lúc xuất phát kéo dài suốt tuyến. Ở đây tài xế "
        "an toàn trên xe giúp một hành khách đi xe lăn. Xe đưa đón cấp độ 4 của Anyang, chạy từ ngày 16 tháng 3 "
        "năm 2026, không có ghế lái: 9 hành khách, tối đa 40 km/h, tuyến 4 km qua tòa thị chính và ga Beomgye "
        "trong khoảng 30 phút.",
        "Tunjukkan waktu ketibaan di hentian seterusnya: kelewatan {mins} semasa bertolak berterusan di sepanjang "
        "laluan. Di sini pemandu keselamatan di dalam bas membantu seorang pengguna kerusi roda. Bas ulang-alik "
        "Tahap 4 Anyang, yang beroperasi sejak 16 Mac 2026, tidak mempunyai tempat duduk pemandu: 9 penumpang, "
        "paling laju 40 km/j, laluan 4 km melalui dewan bandaraya dan Stesen Beomgye dalam kira-kira 30 minit."),
    "end": note(
        "오늘의 합계를 알려 주세요. 왕복 {trips}회, {km}km이며 모두 모의입니다. 안양 "
        "주야로의 실제 기록: 2025년 10월까지 37,900km를 달리며 22,641명이 탔고, 설문에 "
        "응한 승객의 92.6%가 안전하다고 느꼈습니다. 2024년 4월 22일부터 에이투지(a2z)가 "
        "지역 버스 회사와 함께 운행합니다.",
        "Quote the day's totals: {trips} round trips and {km} km, all simulated. Anyang's Juyaro, for real: "
        "22,641 riders over 37,900 km by October 2025, and 92.6% of surveyed riders felt safe. It has run since "
        "22 April 2024, operated by a2z with local bus companies.",
        "Cite los totales del día: {trips} viajes de ida y vuelta y {km} km, todo simulado. El Juyaro de Anyang, "
        "en la realidad: 22.641 pasajeros en 37.900 km hasta octubre de 2025, y el 92,6 % de los pasajeros "
        "encuestados se sintió seguro. Funciona desde el 22 de abril de 2024, operado por a2z con empresas de "
        "autobuses locales.",
        "Citez les totaux de la journée : {trips} allers-retours et {km} km, le tout simulé. Le Juyaro d'Anyang, "
        "en vrai : 22 641 voyageurs sur 37 900 km à fin octobre 2025, et 92,6 % des voyageurs interrogés se sont "
        "sentis en sécurité. Il circule depuis le 22 avril 2024, exploité par a2z avec des compagnies de bus "
        "locales.",
        "اذكر حصيلة اليوم: عدد رحلات الذهاب والإياب {trips}، والمسافة {km} كم، وكلها محاكاة. أما جويارو في أنيانغ "
        "فعلى أرض الواقع: 22,641 راكبًا على مسافة 37,900 كم حتى أكتوبر 2025، وشعر 92.6% من الركاب المستطلَعين "
        "بالأمان. يعمل منذ 22 أبريل 2024، وتشغّله شركة a2z مع شركات حافلات محلية.",
        "可引用当天的合计：往返{trips}趟，行驶{km}公里，均为模拟。安养Juyaro巴士的真实数据："
        "截至2025年10月，行驶37,900公里，载客22,641人次；受访乘客中92.6%感到安全。"
        "它自2024年4月22日起由a2z与当地巴士公司共同运营。",
        "Hãy nêu tổng kết trong ngày: {trips} chuyến khứ hồi và {km} km, tất cả là mô phỏng. Còn Juyaro của "
        "Anyang trên thực tế: 22.641 lượt khách trên 37.900 km tính đến tháng 10 năm 2025, và 92,6% hành khách "
        "được khảo sát cảm thấy an toàn. Tuyến chạy từ ngày 22 tháng 4 năm 2024, do a2z vận hành cùng các công ty "
        "xe buýt địa phương.",
        "Sebut jumlah hari ini: {trips} perjalanan pergi balik dan {km} km, semuanya simulasi. Juyaro Anyang "
        "pula, yang sebenar: 22,641 penumpang sepanjang 37,900 km sehingga Oktober 2025, dan 92.6% penumpang yang "
        "ditinjau berasa selamat. Ia beroperasi sejak 22 April 2024, dikendalikan oleh a2z bersama syarikat bas "
        "tempatan."),
}
