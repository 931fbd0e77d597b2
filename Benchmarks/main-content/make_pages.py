#!/usr/bin/env python3
"""Writes the main-content development set: pages/html/<id>.html.gz and pages/ground-truth.json.

Every page and its expected main text were written by hand for this set (invented content, no real site's
text). Each page is a list of parts: ("main", html) parts are the article, and their text, one block per
paragraph, list item, table row, definition or post, is the expected body; ("chrome", html) parts are page
furniture a reader does not count as the text. The page's <h1> headline is the title, not the body, as in the
181-page news set. Expected texts are written out explicitly (`expect`) wherever the markup alone would not
say what the text is.

    python3 Benchmarks/main-content/make_pages.py      (writes Benchmarks/main-content/pages/)
"""
import gzip
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

PAGES = []


def page(pid, url, lang, title, parts, expect, head="", html_attrs=""):
    PAGES.append(dict(id=pid, url=url, lang=lang, title=title, parts=parts, expect=expect, head=head,
                      html_attrs=html_attrs))


NAV_EN = """<header class="site-header"><a class="logo" href="/">Home</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li>
<li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>"""
FOOT_EN = """<footer><p>© 2026 Riverside Media Ltd. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li></ul></footer>"""

# 1. A short article: two paragraphs.
page("short-article", "https://valley-courier.example/local/bridge-closed", "en", "Old mill bridge closes for repairs", [
    ("chrome", NAV_EN),
    ("main", """<article><h1>Old mill bridge closes for repairs</h1><p class="byline">By Dana Holt</p>
<p>The footbridge by the old mill will be closed from Monday for three weeks while engineers replace its rotten deck boards, the town council said.</p>
<p>Walkers are asked to use the road bridge at Fenwick Lane instead, which adds about ten minutes to the riverside route.</p></article>"""),
    ("chrome", """<aside class="related"><h3>Related</h3><ul><li><a href="/a">Council approves new car park</a></li>
<li><a href="/b">River levels to rise this weekend</a></li></ul></aside>"""),
    ("chrome", FOOT_EN),
], ["The footbridge by the old mill will be closed from Monday for three weeks while engineers replace its rotten deck boards, the town council said.",
    "Walkers are asked to use the road bridge at Fenwick Lane instead, which adds about ten minutes to the riverside route."])

# 2. A recipe: ingredients list and numbered steps.
page("recipe", "https://hearth-and-pan.example/recipes/lentil-soup", "en", "Smoky red lentil soup", [
    ("chrome", NAV_EN.replace("News", "Recipes").replace("Sport", "Baking")),
    ("chrome", """<div class="jump"><a href="#recipe">Jump to recipe</a> <a href="#print">Print recipe</a></div>"""),
    ("main", """<div class="recipe-card" id="recipe"><h1>Smoky red lentil soup</h1>
<p>A thick, warming soup that takes half an hour and uses what is already in the cupboard.</p>
<h2>Ingredients</h2><ul class="ingredients"><li>250 g red lentils, rinsed</li><li>1 onion, chopped</li><li>2 carrots, diced</li>
<li>1 tsp smoked paprika</li><li>1.2 litres vegetable stock</li><li>Juice of half a lemon</li></ul>
<h2>Method</h2><ol class="steps"><li>Soften the onion and carrots in a little oil for eight minutes.</li>
<li>Stir in the paprika, then add the lentils and the stock.</li><li>Simmer for twenty minutes until the lentils collapse.</li>
<li>Blend half the soup, stir it back in and finish with the lemon juice.</li></ol></div>"""),
    ("chrome", """<div class="rating">Rated 4.6 by 212 cooks</div><section class="comments"><h3>Reviews</h3>
<div class="comment"><p>Made this twice this week, my kids loved it.</p></div><div class="comment"><p>I added cumin and it was great.</p></div></section>"""),
    ("chrome", FOOT_EN),
], ["A thick, warming soup that takes half an hour and uses what is already in the cupboard.", "Ingredients",
    "250 g red lentils, rinsed", "1 onion, chopped", "2 carrots, diced", "1 tsp smoked paprika", "1.2 litres vegetable stock",
    "Juice of half a lemon", "Method", "Soften the onion and carrots in a little oil for eight minutes.",
    "Stir in the paprika, then add the lentils and the stock.", "Simmer for twenty minutes until the lentils collapse.",
    "Blend half the soup, stir it back in and finish with the lemon juice."])

# 3. A forum thread: posts with quotes and signatures.
page("forum-thread", "https://tinkerers.example/forum/t/1142", "en", "Bench drill wobbles at high speed", [
    ("chrome", """<div id="forum-header"><a href="/forum">Forum index</a> › <a href="/forum/tools">Tools</a></div>
<div class="userbar"><a href="/login">Log in</a> | <a href="/register">Register</a></div>"""),
    ("main", """<div class="thread"><h1>Bench drill wobbles at high speed</h1>
<div class="post"><div class="postauthor">marek_w</div><div class="postbody"><p>My old bench drill wobbles badly above 2000 rpm. The chuck looks straight when I turn it by hand. Has anyone fixed something like this?</p></div>
<div class="signature">-- Marek, Workshop in a garage since 1998</div></div>
<div class="post"><div class="postauthor">oldsparky</div><div class="postbody"><blockquote class="quote">The chuck looks straight when I turn it by hand.</blockquote>
<p>Check the arbor taper, not the chuck. A bit of rust on the taper is enough to throw it off at speed.</p></div>
<div class="signature">Measure twice, cut once.</div></div>
<div class="post"><div class="postauthor">marek_w</div><div class="postbody"><p>You were right. I cleaned the taper with fine emery paper and it runs true now. Thanks!</p></div>
<div class="signature">-- Marek, Workshop in a garage since 1998</div></div></div>"""),
    ("chrome", """<div class="pagination"><a href="?p=1">1</a> <a href="?p=2">2</a></div><div class="footer">Powered by BoardSoft</div>"""),
], ["My old bench drill wobbles badly above 2000 rpm. The chuck looks straight when I turn it by hand. Has anyone fixed something like this?",
    "The chuck looks straight when I turn it by hand.",
    "Check the arbor taper, not the chuck. A bit of rust on the taper is enough to throw it off at speed.",
    "You were right. I cleaned the taper with fine emery paper and it runs true now. Thanks!"])

# 4. A blog post with a comment section.
page("blog-comments", "https://quietgardener.example/2026/03/mulch", "en", "Why I stopped digging my beds", [
    ("chrome", NAV_EN.replace("News", "Blog")),
    ("main", """<div class="entry"><h1>Why I stopped digging my beds</h1><div class="entry-meta">March 4, 2026 · 6 comments</div>
<p>For twenty years I turned the soil every autumn because that is what my father did. Three years ago I stopped, and the beds have never looked better.</p>
<p>Instead of digging, I spread a thick layer of compost each winter and let the worms do the work. The soil stays crumbly, weeds are fewer and my back is grateful.</p>
<p>The one thing I would change is starting sooner. If you have heavy clay, give it two seasons before you judge.</p></div>"""),
    ("chrome", """<div id="respond-area"><h3>6 thoughts on “Why I stopped digging my beds”</h3><ol class="commentlist">
<li><p>Great post, I have been thinking about trying this on my allotment for a while now and this convinced me.</p><p>Reply</p></li>
<li><p>Does this work for potatoes too? I always thought they needed loose, dug ground to grow well.</p><p>Reply</p></li>
<li><p>We did the same and the difference in earthworms is amazing, thank you for writing it up so clearly.</p><p>Reply</p></li>
</ol><h3>Leave a reply</h3><p>Your email address will not be published.</p></div>"""),
    ("chrome", FOOT_EN),
], ["For twenty years I turned the soil every autumn because that is what my father did. Three years ago I stopped, and the beds have never looked better.",
    "Instead of digging, I spread a thick layer of compost each winter and let the worms do the work. The soil stays crumbly, weeds are fewer and my back is grateful.",
    "The one thing I would change is starting sooner. If you have heavy clay, give it two seasons before you judge."])

# 5. A public-sector page laid out in a table, with a definition list.
page("public-table-dl", "https://northbrook.gov.example/services/bulky-waste", "en", "Bulky waste collection", [
    ("main", """<table width="100%" border="0"><tr><td class="leftnav" width="180"><a href="/">Home</a><br><a href="/bins">Bins</a><br><a href="/parking">Parking</a><br><a href="/council-tax">Council tax</a></td>
<td class="main"><h1>Bulky waste collection</h1>
<table><tr><td>We collect large household items such as sofas, fridges and mattresses. You can book up to five items per collection.</td></tr>
<tr><td>Items must be left outside your property by 7am on the collection day.</td></tr></table>
<dl><dt>Price</dt><dd>£25 for up to three items, £35 for four or five items.</dd>
<dt>Concessions</dt><dd>Residents receiving council tax support pay half price.</dd>
<dt>What we cannot take</dt><dd>Builders' rubble, asbestos, tyres and gas bottles.</dd></dl></td></tr></table>"""),
    ("chrome", """<div class="footer"><p>Northbrook District Council, Town Hall, Market Street</p><p><a href="/accessibility">Accessibility</a></p></div>"""),
], ["We collect large household items such as sofas, fridges and mattresses. You can book up to five items per collection.",
    "Items must be left outside your property by 7am on the collection day.", "Price",
    "£25 for up to three items, £35 for four or five items.", "Concessions", "Residents receiving council tax support pay half price.",
    "What we cannot take", "Builders' rubble, asbestos, tyres and gas bottles."])

# 6. One container div holding everything, no semantic markup.
page("one-container", "https://plainsite.example/notes/kiln", "en", "Firing a small electric kiln", [
    ("main", """<div id="wrapper"><div><a href="/">Home</a> | <a href="/notes">Notes</a> | <a href="/links">Links</a></div>
<div><b>Firing a small electric kiln</b></div>
<div>I bought a second-hand kiln last spring and learned most things the hard way, so here are my notes.</div>
<div>Always candle the pots overnight at a low temperature. Any water left in the clay turns to steam and can crack a pot apart.</div>
<div>Keep a log of every firing: the cone, the ramp rate and what came out. After ten firings you will know your kiln better than any manual.</div>
<div><a href="/notes/glaze">Next: mixing glazes</a></div><div>Last updated 2 May 2026</div></div>"""),
], ["Firing a small electric kiln",
    "I bought a second-hand kiln last spring and learned most things the hard way, so here are my notes.",
    "Always candle the pots overnight at a low temperature. Any water left in the clay turns to steam and can crack a pot apart.",
    "Keep a log of every firing: the cone, the ramp rate and what came out. After ten firings you will know your kiln better than any manual."])

# 7. A consent overlay in front of the article.
page("consent-overlay", "https://harbourtimes.example/business/ferry-fares", "en", "Ferry fares to rise in June", [
    ("chrome", """<div class="cmp-overlay" id="sp_message"><div class="cmp-box"><h2>We value your privacy</h2>
<p>We and our 143 partners store and access information on your device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.</p>
<p>With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners' processing as described above. Alternatively you may access more detailed information and change your preferences before consenting or to refuse consenting.</p>
<p><a href="#">Accept all</a> <a href="#">Manage options</a></p></div></div>"""),
    ("chrome", NAV_EN),
    ("main", """<main><h1>Ferry fares to rise in June</h1><p>Return tickets on the island ferry will cost £2 more from June, the operator said on Tuesday, blaming higher fuel and port charges.</p>
<p>Season tickets for island residents will not change until next year.</p></main>"""),
    ("chrome", FOOT_EN),
], ["Return tickets on the island ferry will cost £2 more from June, the operator said on Tuesday, blaming higher fuel and port charges.",
    "Season tickets for island residents will not change until next year."])

# 8. An AMP page.
page("amp-article", "https://amp.coastalwire.example/2026/05/harbour-seals", "en", "Seal pups counted on the sandbanks", [
    ("chrome", """<amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/nature">Nature</a></li></ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">Menu</button><a href="/">Coastal Wire</a></header>"""),
    ("main", """<article class="amp-article"><h1>Seal pups counted on the sandbanks</h1>
<amp-img src="seal.jpg" width="600" height="400" layout="responsive" alt="A seal pup"></amp-img>
<div class="amp-article-body"><p>Volunteers counted 318 harbour seal pups on the estuary sandbanks this summer, the highest number since the survey began.</p>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/amp"></amp-ad>
<p>The trust that runs the count said calmer weather in June had helped more pups survive their first weeks.</p>
<p>Boat trips are asked to stay at least 100 metres from the banks during the pupping season.</p></div></article>"""),
    ("chrome", """<amp-social-share type="twitter"></amp-social-share><footer class="amp-footer"><p>Coastal Wire 2026</p></footer>"""),
], ["Volunteers counted 318 harbour seal pups on the estuary sandbanks this summer, the highest number since the survey began.",
    "The trust that runs the count said calmer weather in June had helped more pups survive their first weeks.",
    "Boat trips are asked to stay at least 100 metres from the banks during the pupping season."],
    html_attrs=' amp=""')

# 9. French news with a related block titled in French.
page("fr-news", "https://journal-du-val.example/region/marche-couvert", "fr", "Le marché couvert rouvre ses portes", [
    ("chrome", """<nav class="menu-principal"><a href="/">Accueil</a> <a href="/region">Région</a> <a href="/sport">Sport</a></nav>"""),
    ("main", """<div class="article-contenu"><h1>Le marché couvert rouvre ses portes</h1>
<p>Après dix-huit mois de travaux, le marché couvert de la place Carnot rouvre samedi avec vingt-deux étals, dont six nouveaux commerçants.</p>
<p>La municipalité a remplacé la toiture et installé un système de ventilation, une demande ancienne des poissonniers.</p>
<p>« Nous avons enfin un lieu digne de nos produits », se réjouit une fromagère installée depuis trente ans.</p></div>"""),
    ("chrome", """<div class="bloc"><h3>À lire aussi</h3><ul><li><a href="/x">Le parking de la gare bientôt payant</a></li><li><a href="/y">Fête de la musique : le programme</a></li></ul></div>
<div class="pied"><p>Tous droits réservés. Mentions légales.</p></div>"""),
], ["Après dix-huit mois de travaux, le marché couvert de la place Carnot rouvre samedi avec vingt-deux étals, dont six nouveaux commerçants.",
    "La municipalité a remplacé la toiture et installé un système de ventilation, une demande ancienne des poissonniers.",
    "« Nous avons enfin un lieu digne de nos produits », se réjouit une fromagère installée depuis trente ans."])

# 10. German news with a comment section named in German and a "Mehr zum Thema" block.
page("de-news-kommentare", "https://tageblatt-nord.example/lokales/radweg", "de", "Neuer Radweg entlang der Aue", [
    ("chrome", """<div class="kopf"><a href="/">Startseite</a> <a href="/lokales">Lokales</a></div>"""),
    ("main", """<div class="artikel"><h1>Neuer Radweg entlang der Aue</h1>
<p>Zwischen Oberdorf und der Kreisstadt entsteht bis zum Herbst ein drei Kilometer langer Radweg entlang der Aue. Die Kosten von 1,4 Millionen Euro trägt zum größten Teil das Land.</p>
<p>Der Weg wird beleuchtet und soll auch im Winter geräumt werden, teilte die Gemeinde mit.</p></div>"""),
    ("chrome", """<div class="mehr"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Brücke in Oberdorf wird saniert</a></li><li><a href="/b">Busfahrplan ändert sich im Mai</a></li></ul></div>
<div id="kommentare"><h3>Kommentare (3)</h3><div class="beitrag"><p>Endlich! Darauf warten wir seit Jahren, hoffentlich wird er diesmal wirklich fertig.</p></div>
<div class="beitrag"><p>Schön und gut, aber wer bezahlt die Räumung im Winter? Das steht leider nicht im Artikel.</p></div>
<div class="beitrag"><p>Ich fahre die Strecke täglich und freue mich sehr über die Beleuchtung am Abend.</p></div></div>"""),
], ["Zwischen Oberdorf und der Kreisstadt entsteht bis zum Herbst ein drei Kilometer langer Radweg entlang der Aue. Die Kosten von 1,4 Millionen Euro trägt zum größten Teil das Land.",
    "Der Weg wird beleuchtet und soll auch im Winter geräumt werden, teilte die Gemeinde mit."])

# 11. Spanish blog post.
page("es-blog", "https://cuaderno-de-viaje.example/2026/04/asturias", "es", "Tres días en la costa de Asturias", [
    ("chrome", """<div class="cabecera"><a href="/">Inicio</a> <a href="/viajes">Viajes</a> <a href="/sobre-mi">Sobre mí</a></div>"""),
    ("main", """<div class="entrada"><h1>Tres días en la costa de Asturias</h1>
<p>Llegamos a Llanes un jueves por la tarde, con lluvia fina y el mar de color gris. Al día siguiente salió el sol y entendimos por qué todo el mundo habla de esta costa.</p>
<p>El segundo día caminamos por la senda costera hasta una playa pequeña, sin nadie, rodeada de acantilados verdes.</p>
<p>Si vais, reservad la sidrería con antelación: los fines de semana se llenan.</p></div>"""),
    ("chrome", """<div class="barra-lateral"><h3>Sobre mí</h3><p>Me llamo Lucía y escribo sobre viajes lentos desde 2015.</p><h3>Te puede interesar</h3><ul><li><a href="/a">Una semana en Galicia</a></li><li><a href="/b">Qué llevar en la mochila</a></li></ul></div>
<div id="comentarios"><h3>2 comentarios</h3><p>¡Qué bonito! Este verano vamos nosotros también, gracias por los consejos.</p><p>La senda costera es preciosa, la hicimos el año pasado con los niños.</p></div>"""),
], ["Llegamos a Llanes un jueves por la tarde, con lluvia fina y el mar de color gris. Al día siguiente salió el sol y entendimos por qué todo el mundo habla de esta costa.",
    "El segundo día caminamos por la senda costera hasta una playa pequeña, sin nadie, rodeada de acantilados verdes.",
    "Si vais, reservad la sidrería con antelación: los fines de semana se llenan."])

# 12. Russian news.
page("ru-news", "https://vesti-oblasti.example/news/most", "ru", "В Заречье откроют новый мост", [
    ("chrome", """<div class="shapka"><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/sport">Спорт</a></div>"""),
    ("main", """<div class="novost"><h1>В Заречье откроют новый мост</h1>
<p>Движение по новому мосту через реку Сосновку в Заречье откроют в конце августа, сообщили в администрации района.</p>
<p>Мост длиной 240 метров заменит старую переправу, которую закрыли после весеннего паводка.</p>
<p>Автобусный маршрут № 12 после открытия моста снова пойдёт через центр посёлка.</p></div>"""),
    ("chrome", """<div class="blok"><h3>Читайте также</h3><ul><li><a href="/a">В районе отремонтируют три школы</a></li><li><a href="/b">Погода на выходные</a></li></ul></div>
<div class="podval"><p>© 2026 Вести области. Все права защищены.</p></div>"""),
], ["Движение по новому мосту через реку Сосновку в Заречье откроют в конце августа, сообщили в администрации района.",
    "Мост длиной 240 метров заменит старую переправу, которую закрыли после весеннего паводка.",
    "Автобусный маршрут № 12 после открытия моста снова пойдёт через центр посёлка."])

# 13. Chinese news.
page("zh-news", "https://xiaocheng-ribao.example/news/2026/park.html", "zh", "城东湿地公园五一开放", [
    ("chrome", """<div class="daohang"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/tiyu">体育</a> <a href="/wenhua">文化</a></div>"""),
    ("main", """<div class="zhengwen"><h1>城东湿地公园五一开放</h1>
<p>记者从市园林局获悉，城东湿地公园将于五月一日正式对市民免费开放。</p>
<p>公园占地约八十公顷，建有三公里木栈道和两座观鸟台，每天可接待游客一万人次。</p>
<p>园林局提醒，开放初期游客较多，建议市民错峰出行，并乘坐公共交通前往。</p></div>"""),
    ("chrome", """<div class="xiangguan"><h3>相关阅读</h3><ul><li><a href="/a">本市新增三条公交线路</a></li><li><a href="/b">周末天气晴好</a></li></ul></div>
<div class="dibu"><p>版权所有 © 2026 小城日报</p></div>"""),
], ["记者从市园林局获悉，城东湿地公园将于五月一日正式对市民免费开放。",
    "公园占地约八十公顷，建有三公里木栈道和两座观鸟台，每天可接待游客一万人次。",
    "园林局提醒，开放初期游客较多，建议市民错峰出行，并乘坐公共交通前往。"])

# 14. Arabic news, right to left.
page("ar-news", "https://akhbar-almadina.example/news/library", "ar", "افتتاح مكتبة عامة جديدة", [
    ("chrome", """<div class="qaima"><a href="/">الرئيسية</a> <a href="/news">أخبار</a> <a href="/sport">رياضة</a></div>"""),
    ("main", """<div class="nass"><h1>افتتاح مكتبة عامة جديدة</h1>
<p>افتتحت البلدية يوم الأحد مكتبة عامة جديدة في الحي الشمالي تضم أكثر من عشرين ألف كتاب وقاعة للأطفال.</p>
<p>وقال مدير المكتبة إن الدخول مجاني وإن المكتبة ستفتح أبوابها يوميا من التاسعة صباحا حتى الثامنة مساء.</p>
<p>وتخطط البلدية لتنظيم ورش قراءة أسبوعية لطلاب المدارس ابتداء من الشهر المقبل.</p></div>"""),
    ("chrome", """<div class="ukhra"><h3>اقرأ أيضا</h3><ul><li><a href="/a">تمديد ساعات عمل الحافلات</a></li><li><a href="/b">حالة الطقس غدا</a></li></ul></div>
<div class="tathyil"><p>جميع الحقوق محفوظة 2026</p></div>"""),
], ["افتتحت البلدية يوم الأحد مكتبة عامة جديدة في الحي الشمالي تضم أكثر من عشرين ألف كتاب وقاعة للأطفال.",
    "وقال مدير المكتبة إن الدخول مجاني وإن المكتبة ستفتح أبوابها يوميا من التاسعة صباحا حتى الثامنة مساء.",
    "وتخطط البلدية لتنظيم ورش قراءة أسبوعية لطلاب المدارس ابتداء من الشهر المقبل."], html_attrs=' dir="rtl"')

# 15. Deep nesting: the text sits under 300 nested divs.
deep = "<div>" * 300 + """<p>The archive team restored 40 reels of the 1950s town films, which will be shown at the library on Friday evenings through the autumn.</p>
<p>Entry is free, but seats must be booked at the front desk because the screening room holds only sixty people.</p>""" + "</div>" * 300
page("deep-nesting", "https://townarchive.example/news/reels", "en", "Old town films return", [
    ("chrome", NAV_EN), ("main", "<h1>Old town films return</h1>" + deep), ("chrome", FOOT_EN),
], ["The archive team restored 40 reels of the 1950s town films, which will be shown at the library on Friday evenings through the autumn.",
    "Entry is free, but seats must be booked at the front desk because the screening room holds only sixty people."])

# 16. A product page: description, features and a specification table; reviews are not the text.
page("product", "https://gearloft.example/p/trail-lamp-300", "en", "Trail Lamp 300 head torch", [
    ("chrome", NAV_EN.replace("News", "Shop").replace("Sport", "Camping")),
    ("chrome", """<div class="breadcrumb"><a href="/">Home</a> › <a href="/lights">Lights</a> › Trail Lamp 300</div>"""),
    ("main", """<div class="product-detail"><h1>Trail Lamp 300 head torch</h1><div class="price">£34.99</div><button>Add to basket</button>
<div class="description"><p>A light, rechargeable head torch for running and hiking after dark, with a red mode that keeps your night vision.</p>
<ul><li>300 lumens on the high setting</li><li>Up to 40 hours on the low setting</li><li>Charges by USB-C in three hours</li></ul>
<table class="specs"><tr><th>Weight</th><td>78 g</td></tr><tr><th>Water resistance</th><td>IPX4</td></tr></table></div></div>"""),
    ("chrome", """<div class="reviews"><h3>Customer reviews</h3><div class="review"><p>Bright and comfortable, the strap does not bounce when running.</p></div>
<div class="review"><p>Battery lasted a whole weekend of camping on the low setting.</p></div></div>
<div class="recommendations"><h3>Customers also bought</h3><ul><li><a href="/p/1">Spare strap</a></li><li><a href="/p/2">Pocket lantern</a></li></ul></div>"""),
    ("chrome", FOOT_EN),
], ["A light, rechargeable head torch for running and hiking after dark, with a red mode that keeps your night vision.",
    "300 lumens on the high setting", "Up to 40 hours on the low setting", "Charges by USB-C in three hours",
    "Weight 78 g", "Water resistance IPX4"])

# 17. A FAQ page: questions as headings, answers as paragraphs.
page("faq", "https://citypool.example/faq", "en", "Frequently asked questions", [
    ("chrome", NAV_EN.replace("News", "Timetable").replace("Sport", "Lessons")),
    ("main", """<div class="faq"><h1>Frequently asked questions</h1>
<h3>Do I need to book a lane?</h3><p>No. Lanes are first come, first served, except on Saturday mornings when the club has them.</p>
<h3>Can children swim alone?</h3><p>Children under eight must be with an adult in the water. Children aged eight to fifteen may swim alone after a short test.</p>
<h3>Are there lockers?</h3><p>Yes, the lockers take a one pound coin, which you get back.</p></div>"""),
    ("chrome", FOOT_EN),
], ["Do I need to book a lane?", "No. Lanes are first come, first served, except on Saturday mornings when the club has them.",
    "Can children swim alone?", "Children under eight must be with an adult in the water. Children aged eight to fifteen may swim alone after a short test.",
    "Are there lockers?", "Yes, the lockers take a one pound coin, which you get back."])

# 18. A press release.
page("press-release", "https://brightwell-labs.example/press/2026-06-02", "en", "Brightwell Labs opens a second site", [
    ("chrome", NAV_EN.replace("News", "Press").replace("Sport", "Careers")),
    ("main", """<div class="press-release"><h1>Brightwell Labs opens a second site</h1>
<p><strong>LEEDS, 2 June 2026</strong> – Brightwell Labs, a maker of water testing kits, today opened a second production site in Leeds, creating 60 jobs.</p>
<p>The new site will triple the company's output of field kits used by farmers and river trusts.</p>
<p>“Demand from river trusts has doubled in two years,” said chief executive Priya Nand.</p>
<h4>About Brightwell Labs</h4><p>Brightwell Labs was founded in 2014 and employs 140 people in England.</p>
<p>Media contact: press@brightwell-labs.example</p></div>"""),
    ("chrome", FOOT_EN),
], ["LEEDS, 2 June 2026 – Brightwell Labs, a maker of water testing kits, today opened a second production site in Leeds, creating 60 jobs.",
    "The new site will triple the company's output of field kits used by farmers and river trusts.",
    "“Demand from river trusts has doubled in two years,” said chief executive Priya Nand.",
    "About Brightwell Labs", "Brightwell Labs was founded in 2014 and employs 140 people in England.",
    "Media contact: press@brightwell-labs.example"])

# 19. A live blog: timestamped entries.
entries = [("14:05", "The count has started in the sports hall, with turnout put at 61 per cent."),
           ("14:40", "First ballot boxes from the eastern wards have been opened. Officials expect a result before six."),
           ("15:20", "A recount has been requested in the harbour ward, where fewer than twenty votes separate the two leading candidates."),
           ("16:55", "The recount confirms the first result: the harbour ward stays with the independent councillor.")]
page("live-blog", "https://valley-courier.example/live/count", "en", "Live: council election count", [
    ("chrome", NAV_EN),
    ("main", "<div class=\"liveblog\"><h1>Live: council election count</h1>" + "".join(
        f"<div class=\"live-entry\"><time>{t}</time><p>{p}</p></div>" for t, p in reversed(entries)) + "</div>"),
    ("chrome", """<aside class="most-read"><h3>Most read</h3><ol><li><a href="/a">Road closures this week</a></li><li><a href="/b">New school head named</a></li></ol></aside>"""),
    ("chrome", FOOT_EN),
], [x for t, p in reversed(entries) for x in (t, p)])

# 20. A very short page: one sentence is all there is.
page("short-notice", "https://parish-hall.example/notices/choir", "en", "Choir practice moved", [
    ("chrome", NAV_EN),
    ("main", """<div class="notice"><h1>Choir practice moved</h1><p>Choir practice moves to Wednesday at 7pm this week.</p></div>"""),
    ("chrome", FOOT_EN),
], ["Choir practice moves to Wednesday at 7pm this week."])

# 21. A page whose text is a list: what to bring.
page("list-only", "https://passport-office.gov.example/appointment/bring", "en", "What to bring to your appointment", [
    ("chrome", """<div class="govuk-header"><a href="/">Passport Office</a></div>"""),
    ("main", """<main><h1>What to bring to your appointment</h1><ul>
<li>Your current passport, even if it has expired.</li><li>One recent photo, 45 mm high and 35 mm wide.</li>
<li>Proof of address dated in the last three months.</li><li>Your appointment letter or the confirmation email on your phone.</li></ul></main>"""),
    ("chrome", """<div class="govuk-footer"><a href="/help">Help</a> <a href="/cookies">Cookies</a> <a href="/contact">Contact</a></div>"""),
], ["Your current passport, even if it has expired.", "One recent photo, 45 mm high and 35 mm wide.",
    "Proof of address dated in the last three months.", "Your appointment letter or the confirmation email on your phone."])

# 22. A page whose text is a table: opening times.
page("table-only", "https://museum-of-clocks.example/visit", "en", "Opening times", [
    ("chrome", NAV_EN.replace("News", "Visit").replace("Sport", "Collections")),
    ("main", """<div class="visit"><h1>Opening times</h1><table><tr><th>Day</th><th>Hours</th></tr>
<tr><td>Tuesday to Friday</td><td>10am to 5pm, last entry 4.15pm</td></tr><tr><td>Saturday and Sunday</td><td>10am to 6pm, last entry 5.15pm</td></tr>
<tr><td>Monday</td><td>Closed, except on bank holidays</td></tr></table></div>"""),
    ("chrome", FOOT_EN),
], ["Day Hours", "Tuesday to Friday 10am to 5pm, last entry 4.15pm", "Saturday and Sunday 10am to 6pm, last entry 5.15pm",
    "Monday Closed, except on bank holidays"])

# 23. German consent banner with no cookie class, in front of a short article.
page("de-consent", "https://rheinbote.example/kultur/orgel", "de", "Orgel nach Restaurierung wieder zu hören", [
    ("chrome", """<div class="cmp-layer"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere Website zu analysieren. Außerdem geben wir Informationen zu Ihrer Nutzung unserer Website an unsere Partner weiter.</p>
<p><a href="#">Alle akzeptieren</a> <a href="#">Einstellungen</a></p></div>"""),
    ("main", """<div class="beitrag"><h1>Orgel nach Restaurierung wieder zu hören</h1>
<p>Nach zwei Jahren Restaurierung erklingt die Orgel der Stadtkirche am Sonntag wieder im Gottesdienst.</p>
<p>Ein Konzert mit Werken von Bach folgt am Abend um 19 Uhr, der Eintritt ist frei.</p></div>"""),
], ["Nach zwei Jahren Restaurierung erklingt die Orgel der Stadtkirche am Sonntag wieder im Gottesdienst.",
    "Ein Konzert mit Werken von Bach folgt am Abend um 19 Uhr, der Eintritt ist frei."])

# 24. A tutorial with code.
page("tutorial-code", "https://devnotes.example/posts/rsync-backups", "en", "Nightly backups with rsync", [
    ("chrome", NAV_EN.replace("News", "Posts").replace("Sport", "Tags")),
    ("main", """<article class="post"><h1>Nightly backups with rsync</h1>
<p>A single cron line is enough to copy your home folder to an external disk every night.</p>
<pre><code>0 2 * * * rsync -a --delete /home/ana/ /mnt/backup/ana/</code></pre>
<p>The archive flag keeps permissions and dates, and the delete flag removes files you deleted at home, so test it on a copy first.</p></article>"""),
    ("chrome", """<div class="post-tags"><a href="/t/linux">linux</a> <a href="/t/backup">backup</a></div>""" + FOOT_EN),
], ["A single cron line is enough to copy your home folder to an external disk every night.",
    "0 2 * * * rsync -a --delete /home/ana/ /mnt/backup/ana/",
    "The archive flag keeps permissions and dates, and the delete flag removes files you deleted at home, so test it on a copy first."])

# 25. A job posting with responsibilities list.
page("job-posting", "https://careers.millbrook-hospital.example/jobs/4411", "en", "Ward clerk, part time", [
    ("chrome", NAV_EN.replace("News", "Jobs").replace("Sport", "Working here")),
    ("main", """<section class="job"><h1>Ward clerk, part time</h1><p>We are looking for an organised ward clerk to join the children's ward, 22.5 hours a week.</p>
<h2>What you will do</h2><ul><li>Keep patient records up to date</li><li>Answer the ward phone and greet visitors</li><li>Order stationery and supplies</li></ul>
<p>Closing date: 30 June 2026.</p></section>"""),
    ("chrome", """<div class="share-job"><a href="#">Share on LinkedIn</a> <a href="#">Email this job</a></div>""" + FOOT_EN),
], ["We are looking for an organised ward clerk to join the children's ward, 22.5 hours a week.", "What you will do",
    "Keep patient records up to date", "Answer the ward phone and greet visitors", "Order stationery and supplies",
    "Closing date: 30 June 2026."])

# 26. Italian recipe, with steps as paragraphs in a numbered list.
page("it-recipe", "https://cucina-di-casa.example/ricette/frittata", "it", "Frittata di zucchine", [
    ("chrome", """<div class="menu"><a href="/">Home</a> <a href="/ricette">Ricette</a> <a href="/contatti">Contatti</a></div>"""),
    ("main", """<div class="ricetta"><h1>Frittata di zucchine</h1><p>Una cena veloce per quando il frigo è quasi vuoto.</p>
<h2>Ingredienti</h2><ul><li>4 uova</li><li>2 zucchine</li><li>50 g di parmigiano grattugiato</li></ul>
<h2>Preparazione</h2><ol><li>Tagliate le zucchine a rondelle sottili e fatele rosolare in padella.</li>
<li>Sbattete le uova con il parmigiano e versatele sulle zucchine.</li><li>Cuocete a fuoco basso per dieci minuti, poi girate la frittata.</li></ol></div>"""),
    ("chrome", """<div class="ricette-correlate"><h3>Potrebbe interessarti anche</h3><ul><li><a href="/a">Pasta al pesto</a></li><li><a href="/b">Torta di mele</a></li></ul></div>"""),
], ["Una cena veloce per quando il frigo è quasi vuoto.", "Ingredienti", "4 uova", "2 zucchine", "50 g di parmigiano grattugiato",
    "Preparazione", "Tagliate le zucchine a rondelle sottili e fatele rosolare in padella.",
    "Sbattete le uova con il parmigiano e versatele sulle zucchine.", "Cuocete a fuoco basso per dieci minuti, poi girate la frittata."])

# 27. Portuguese forum: posts in a table layout.
page("pt-forum-table", "https://forum-ciclismo.example/topico/812", "pt", "Pneu furado sempre no mesmo sítio", [
    ("chrome", """<div class="topo"><a href="/">Início</a> » <a href="/f/mecanica">Mecânica</a></div>"""),
    ("main", """<h1>Pneu furado sempre no mesmo sítio</h1><table class="forumline">
<tr><td class="autor">rui_bike</td><td class="mensagem">O pneu traseiro fura sempre no mesmo sítio, perto da válvula. Já troquei a câmara de ar duas vezes.</td></tr>
<tr><td class="autor">ana.pedala</td><td class="mensagem">Verifica a fita do aro. Se estiver deslocada, um raio pode estar a tocar na câmara.</td></tr>
<tr><td class="autor">rui_bike</td><td class="mensagem">Era isso mesmo, a fita estava torta. Obrigado!</td></tr></table>"""),
    ("chrome", """<div class="rodape">Fórum Ciclismo © 2026</div>"""),
], ["O pneu traseiro fura sempre no mesmo sítio, perto da válvula. Já troquei a câmara de ar duas vezes.",
    "Verifica a fita do aro. Se estiver deslocada, um raio pode estar a tocar na câmara.",
    "Era isso mesmo, a fita estava torta. Obrigado!"])

# 28. Japanese blog post.
page("ja-blog", "https://sanpo-nikki.example/entry/2026/05/10", "ja", "川沿いの散歩道", [
    ("chrome", """<div class="header-menu"><a href="/">ホーム</a> <a href="/archive">アーカイブ</a> <a href="/about">プロフィール</a></div>"""),
    ("main", """<div class="entry-content"><h1>川沿いの散歩道</h1>
<p>今朝は早起きして、川沿いの散歩道を歩きました。まだ人が少なく、鳥の声がよく聞こえました。</p>
<p>橋の近くで小さな喫茶店を見つけたので、帰りにコーヒーを飲みました。また行きたいと思います。</p></div>"""),
    ("chrome", """<div class="related-entries"><h3>関連記事</h3><ul><li><a href="/a">春の公園</a></li><li><a href="/b">雨の日の読書</a></li></ul></div>"""),
], ["今朝は早起きして、川沿いの散歩道を歩きました。まだ人が少なく、鳥の声がよく聞こえました。",
    "橋の近くで小さな喫茶店を見つけたので、帰りにコーヒーを飲みました。また行きたいと思います。"])

# 29. A news page whose related block is long and full of link-free teasers.
page("teaser-heavy", "https://metro-daily.example/city/tram-delay", "en", "Tram extension delayed again", [
    ("chrome", NAV_EN),
    ("main", """<article><h1>Tram extension delayed again</h1><div class="story-body">
<p>The tram extension to the airport will open in spring 2028 at the earliest, a year later than planned, the transport authority said on Thursday.</p>
<p>Problems with the bridge over the canal, where old foundations were found, have added about £30 million to the cost.</p>
<p>Business groups at the airport said the delay was disappointing but not surprising.</p></div></article>"""),
    ("chrome", """<section class="more-from-section"><h2>More from City</h2>
<div class="card"><h3><a href="/a">Library reopens after flood</a></h3><p>The central library has reopened after six months of repairs to its basement.</p></div>
<div class="card"><h3><a href="/b">Parking fines rise</a></h3><p>Fines for parking in bus lanes will rise from April, the council has confirmed.</p></div>
<div class="card"><h3><a href="/c">New cycle lanes</a></h3><p>Two new protected cycle lanes will be built on the ring road next year.</p></div>
<div class="card"><h3><a href="/d">Market hall sold</a></h3><p>The old market hall has been sold to a developer who plans flats and shops.</p></div></section>"""),
    ("chrome", FOOT_EN),
], ["The tram extension to the airport will open in spring 2028 at the earliest, a year later than planned, the transport authority said on Thursday.",
    "Problems with the bridge over the canal, where old foundations were found, have added about £30 million to the cost.",
    "Business groups at the airport said the delay was disappointing but not surprising."])

# 30. Russian forum-like Q&A with a comments block labelled in Russian.
page("ru-blog-comments", "https://dacha-zametki.example/post/tomaty", "ru", "Как я выращиваю томаты на балконе", [
    ("chrome", """<div class="menyu"><a href="/">Главная</a> <a href="/posts">Записи</a></div>"""),
    ("main", """<div class="zapis"><h1>Как я выращиваю томаты на балконе</h1>
<p>Уже третий год я выращиваю черри на застеклённом балконе. Главное — выбрать низкорослый сорт и большие горшки, не меньше десяти литров.</p>
<p>Поливаю раз в два дня тёплой водой, а в июле подкармливаю золой. Урожай собираю до конца сентября.</p></div>"""),
    ("chrome", """<div id="otzyvy"><h3>Комментарии (2)</h3><div class="otzyv"><p>Спасибо за советы, попробую этой весной посадить на своём балконе.</p></div>
<div class="otzyv"><p>А какой сорт вы выбрали? У меня черри всегда вытягиваются и плохо завязываются.</p></div></div>"""),
], ["Уже третий год я выращиваю черри на застеклённом балконе. Главное — выбрать низкорослый сорт и большие горшки, не меньше десяти литров.",
    "Поливаю раз в два дня тёплой водой, а в июле подкармливаю золой. Урожай собираю до конца сентября."])

# 31. An event page with details in a definition list.
page("event-dl", "https://arts-centre.example/events/quartet", "en", "Evening with the Larch Quartet", [
    ("chrome", NAV_EN.replace("News", "What's on").replace("Sport", "Cinema")),
    ("main", """<div class="event"><h1>Evening with the Larch Quartet</h1><p>The Larch Quartet return with Haydn, Janáček and a new piece written for them by a local composer.</p>
<dl class="event-details"><dt>When</dt><dd>Friday 12 September, 7.30pm</dd><dt>Where</dt><dd>Main hall</dd><dt>Tickets</dt><dd>£18, students £8</dd></dl></div>"""),
    ("chrome", """<div class="newsletter-signup"><h3>Sign up to our newsletter</h3><p>Be the first to hear about new shows and offers.</p></div>""" + FOOT_EN),
], ["The Larch Quartet return with Haydn, Janáček and a new piece written for them by a local composer.",
    "When", "Friday 12 September, 7.30pm", "Where", "Main hall", "Tickets", "£18, students £8"])

# 32. French public-sector page: procedure steps in a list and a table of fees.
page("fr-service-public", "https://mairie-sainte-alix.example/demarches/carte-identite", "fr", "Carte d'identité", [
    ("chrome", """<div class="bandeau"><a href="/">Accueil</a> <a href="/demarches">Démarches</a> <a href="/mairie">La mairie</a></div>"""),
    ("main", """<div class="contenu"><h1>Carte d'identité</h1><p>La demande se fait sur rendez-vous au guichet de la mairie.</p>
<ol><li>Remplissez la pré-demande en ligne.</li><li>Prenez rendez-vous par téléphone.</li><li>Présentez-vous avec une photo et un justificatif de domicile.</li></ol>
<table><tr><td>Première demande</td><td>gratuite</td></tr><tr><td>Renouvellement après perte</td><td>25 euros</td></tr></table></div>"""),
    ("chrome", """<div class="pied-de-page"><p>Mairie de Sainte-Alix, 1 place de la République</p></div>"""),
], ["La demande se fait sur rendez-vous au guichet de la mairie.", "Remplissez la pré-demande en ligne.",
    "Prenez rendez-vous par téléphone.", "Présentez-vous avec une photo et un justificatif de domicile.",
    "Première demande gratuite", "Renouvellement après perte 25 euros"])


# 33. A list of short items (each under 25 characters): no paragraph anywhere.
page("short-list-items", "https://registry-office.gov.example/marriage/documents", "en", "Documents for giving notice", [
    ("chrome", """<div class="header"><a href="/">Registry Office</a> <a href="/births">Births</a> <a href="/deaths">Deaths</a></div>"""),
    ("main", """<div class="col"><h1>Documents for giving notice</h1><p>Bring:</p><ul><li>Passport</li><li>Birth certificate</li><li>Proof of address</li>
<li>Decree absolute</li><li>Fee of £42</li></ul></div>"""),
    ("chrome", """<div class="footer"><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></div>"""),
], ["Bring:", "Passport", "Birth certificate", "Proof of address", "Decree absolute", "Fee of £42"])

# 34. A table of short cells: prices.
page("short-table", "https://lidoswim.example/prices", "en", "Prices", [
    ("chrome", NAV_EN.replace("News", "Prices").replace("Sport", "Events")),
    ("main", """<div class="region"><h1>Prices</h1><table><tr><td>Adult</td><td>£6.50</td></tr><tr><td>Child</td><td>£3.20</td></tr>
<tr><td>Family (2+2)</td><td>£16</td></tr><tr><td>Season ticket</td><td>£180</td></tr></table></div>"""),
    ("chrome", FOOT_EN),
], ["Adult £6.50", "Child £3.20", "Family (2+2) £16", "Season ticket £180"])

# 35. A tiny page: two lines, each under 25 characters.
page("tiny-page", "https://corner-bakery.example/news", "en", "News", [
    ("chrome", """<div class="top"><a href="/">Home</a> <a href="/bread">Our bread</a> <a href="/find-us">Find us</a></div>"""),
    ("main", """<div class="box"><h1>News</h1><p>Shop closed on Monday.</p><p>Back on Tuesday at 7am.</p></div>"""),
    ("chrome", """<div class="footer">Corner Bakery, 4 Mill Row</div>"""),
], ["Shop closed on Monday.", "Back on Tuesday at 7am."])

# 36. Text set with line breaks straight in the body: no block elements around it.
page("br-only", "https://oldhomepage.example/", "en", "Welcome", [
    ("main", """Welcome to the home page of the Ashby model railway club.<br><br>
We meet every Thursday from 7pm in the scout hut behind the church, and visitors are always welcome.<br><br>
Our layout, a branch line in the 1950s, is open to the public on the first Sunday of each month."""),
], ["Welcome to the home page of the Ashby model railway club.",
    "We meet every Thursday from 7pm in the scout hut behind the church, and visitors are always welcome.",
    "Our layout, a branch line in the 1950s, is open to the public on the first Sunday of each month."])

# 37. A German glossary as a definition list with short definitions.
page("de-glossar", "https://stadtwerke-ahlen.example/glossar", "de", "Glossar", [
    ("chrome", """<div class="navigation"><a href="/">Start</a> <a href="/strom">Strom</a> <a href="/gas">Gas</a> <a href="/wasser">Wasser</a></div>"""),
    ("main", """<div class="inhalt"><h1>Glossar</h1><dl><dt>Grundpreis</dt><dd>Fester Betrag pro Monat.</dd><dt>Arbeitspreis</dt><dd>Preis je Kilowattstunde.</dd>
<dt>Abschlag</dt><dd>Monatliche Vorauszahlung.</dd></dl></div>"""),
    ("chrome", """<div class="fusszeile"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></div>"""),
], ["Grundpreis", "Fester Betrag pro Monat.", "Arbeitspreis", "Preis je Kilowattstunde.", "Abschlag", "Monatliche Vorauszahlung."])


# Pages 38-45 were written after the rules of December 2026, as a check they had not seen.

# 38. An encyclopedia article: infobox table, contents box, references list.
page("encyclopedia", "https://wiki.example/wiki/Fenwick_Canal", "en", "Fenwick Canal", [
    ("chrome", """<div id="mw-head"><a href="/login">Log in</a> <a href="/wiki/Main_Page">Main page</a> <a href="/random">Random article</a></div>
<div id="mw-panel"><ul><li><a href="/help">Help</a></li><li><a href="/donate">Donate</a></li><li><a href="/recent">Recent changes</a></li></ul></div>"""),
    ("main", """<div id="content"><h1>Fenwick Canal</h1><div id="bodyContent">
<table class="infobox"><tr><th>Length</th><td>14 km</td></tr><tr><th>Locks</th><td>9</td></tr><tr><th>Opened</th><td>1794</td></tr></table>
<p>The Fenwick Canal is a narrow canal in the north of England, running from Fenwick to the river at Ashby. It was built to carry coal and lime.</p>
<div id="toc" class="toc"><h2>Contents</h2><ul><li><a href="#History">1 History</a></li><li><a href="#Today">2 Today</a></li></ul></div>
<h2>History</h2><p>Work began in 1789 and the canal opened five years later, after a dispute over water supply delayed the upper locks.</p>
<h2>Today</h2><p>The canal was restored by volunteers between 1972 and 1990 and is now used by pleasure boats.</p>
<h2>References</h2><ol class="references"><li><a href="#">Hart, J. (1988). Canals of the North. p. 41.</a></li><li><a href="#">Fenwick Canal Trust annual report, 2019.</a></li></ol>
</div></div>"""),
    ("chrome", """<div id="footer"><p>This page was last edited on 3 March 2026.</p><p>Text is available under a free licence.</p></div>"""),
], ["Length 14 km", "Locks 9", "Opened 1794",
    "The Fenwick Canal is a narrow canal in the north of England, running from Fenwick to the river at Ashby. It was built to carry coal and lime.",
    "History", "Work began in 1789 and the canal opened five years later, after a dispute over water supply delayed the upper locks.",
    "Today", "The canal was restored by volunteers between 1972 and 1990 and is now used by pleasure boats."])

# 39. Polish news with a comment section.
page("pl-news", "https://gazeta-powiatu.example/wiadomosci/basen", "pl", "Basen miejski otwarty po remoncie", [
    ("chrome", """<div class="menu-gorne"><a href="/">Strona główna</a> <a href="/wiadomosci">Wiadomości</a> <a href="/sport">Sport</a></div>"""),
    ("main", """<div class="tresc-artykulu"><h1>Basen miejski otwarty po remoncie</h1>
<p>Po ośmiu miesiącach remontu basen miejski przy ulicy Szkolnej znów przyjmuje pływaków. Wymieniono niecki, szatnie i system filtracji wody.</p>
<p>Bilet normalny kosztuje 18 złotych, a dzieci do lat siedmiu wchodzą za darmo.</p></div>"""),
    ("chrome", """<div class="komentarze"><h3>Komentarze (2)</h3><p>Wreszcie! Byliśmy wczoraj z dziećmi i wszystko wygląda świetnie.</p><p>Szkoda, że ceny znowu poszły w górę o dwa złote.</p></div>"""),
], ["Po ośmiu miesiącach remontu basen miejski przy ulicy Szkolnej znów przyjmuje pływaków. Wymieniono niecki, szatnie i system filtracji wody.",
    "Bilet normalny kosztuje 18 złotych, a dzieci do lat siedmiu wchodzą za darmo."])

# 40. Dutch blog post with reactions.
page("nl-blog", "https://fietsdagboek.example/2026/06/dijkroute", "nl", "Over de dijk naar Zierikzee", [
    ("chrome", """<div class="kop"><a href="/">Home</a> <a href="/routes">Routes</a> <a href="/over">Over mij</a></div>"""),
    ("main", """<div class="bericht"><h1>Over de dijk naar Zierikzee</h1>
<p>Zaterdag fietste ik de dijkroute van Burgh naar Zierikzee, zestig kilometer met de wind vol tegen op de terugweg.</p>
<p>Onderweg stopte ik bij een kraampje met verse aardbeien. Aanrader, maar neem kleingeld mee.</p></div>"""),
    ("chrome", """<div class="reacties"><h3>3 reacties</h3><p>Mooie route! Die heb ik vorig jaar ook gereden, prachtig bij ondergaande zon.</p><p>Hoe lang deed je erover met die tegenwind?</p></div>"""),
], ["Zaterdag fietste ik de dijkroute van Burgh naar Zierikzee, zestig kilometer met de wind vol tegen op de terugweg.",
    "Onderweg stopte ik bij een kraampje met verse aardbeien. Aanrader, maar neem kleingeld mee."])

# 41. A government news page with a feedback form and share links.
page("gov-news-feedback", "https://ministry-of-transport.gov.example/news/rail-fares", "en", "Rail fares frozen for a year", [
    ("chrome", """<div class="govuk-header"><a href="/">Ministry of Transport</a></div><div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a></div>"""),
    ("main", """<main id="main-content"><h1>Rail fares frozen for a year</h1><p class="lead">Regulated rail fares will not rise next January, the transport minister announced today.</p>
<p>The freeze covers season tickets and off-peak returns on all routes run under public contracts.</p>
<p>Operators will be compensated from the rail budget, which the ministry said had room after lower than expected energy costs.</p>
<div class="share"><p>Share this page</p><a href="#">Facebook</a> <a href="#">Email</a></div>
<form class="feedback"><p>Is this page useful?</p><button>Yes</button><button>No</button><p>Report a problem with this page</p></form></main>"""),
    ("chrome", """<footer><p>All content is available under the Open Government Licence, except where otherwise stated.</p></footer>"""),
], ["Regulated rail fares will not rise next January, the transport minister announced today.",
    "The freeze covers season tickets and off-peak returns on all routes run under public contracts.",
    "Operators will be compensated from the rail budget, which the ministry said had room after lower than expected energy costs."])

# 42. Korean news.
page("ko-news", "https://dongne-sinmun.example/news/2026/library", "ko", "구립도서관 야간 개방 시작", [
    ("chrome", """<div class="gnb"><a href="/">홈</a> <a href="/news">뉴스</a> <a href="/sports">스포츠</a></div>"""),
    ("main", """<div class="article-view"><h1>구립도서관 야간 개방 시작</h1>
<p>구립도서관이 다음 달부터 평일 밤 열 시까지 문을 연다고 구청이 밝혔다.</p>
<p>구청은 직장인과 학생들의 요청이 많아 야간 개방을 결정했다고 설명했다.</p></div>"""),
    ("chrome", """<div class="related-news"><h3>관련 기사</h3><ul><li><a href="/a">주말 날씨 맑음</a></li><li><a href="/b">버스 노선 개편</a></li></ul></div>"""),
], ["구립도서관이 다음 달부터 평일 밤 열 시까지 문을 연다고 구청이 밝혔다.",
    "구청은 직장인과 학생들의 요청이 많아 야간 개방을 결정했다고 설명했다."])

# 43. A paywalled article: two paragraphs, then a subscription box.
page("paywall-teaser", "https://financial-ledger.example/markets/copper", "en", "Copper price hits a two-year high", [
    ("chrome", NAV_EN),
    ("main", """<article><h1>Copper price hits a two-year high</h1><div class="article-body">
<p>Copper rose to its highest price in two years on Wednesday as mines in two producing countries reported flooding.</p>
<p>Traders said stocks in exchange warehouses had fallen by a third since March.</p></div>
<div class="paywall-box"><h3>Subscribe to continue reading</h3><p>Get unlimited access to our journalism for just £1 a week for the first three months. Cancel anytime.</p><a href="/subscribe">Subscribe now</a></div></article>"""),
    ("chrome", FOOT_EN),
], ["Copper rose to its highest price in two years on Wednesday as mines in two producing countries reported flooding.",
    "Traders said stocks in exchange warehouses had fallen by a third since March."])

# 44. A documentation page: a long link sidebar, content with headings and code.
page("docs-page", "https://docs.tidyq.example/guide/queues", "en", "Queues", [
    ("chrome", """<div class="docs-sidebar"><ul>""" + "".join(f'<li><a href="/guide/{x}">{x.title()}</a></li>' for x in ["install", "config", "queues", "workers", "retries", "metrics", "deploy", "faq"]) + "</ul></div>"),
    ("main", """<div class="docs-content"><h1>Queues</h1><p>A queue holds jobs until a worker takes them. Create one per kind of work so slow jobs do not hold up fast ones.</p>
<h2>Creating a queue</h2><pre>tidyq create emails --max-retries 5</pre><p>Names are lowercase and may contain dashes.</p></div>"""),
    ("chrome", """<div class="docs-footer"><a href="/guide/config">Previous: Config</a> <a href="/guide/workers">Next: Workers</a></div>"""),
], ["A queue holds jobs until a worker takes them. Create one per kind of work so slow jobs do not hold up fast ones.",
    "Creating a queue", "tidyq create emails --max-retries 5", "Names are lowercase and may contain dashes."])

# 45. A newsletter pop-up (no cookies) in front of a short article.
page("newsletter-modal", "https://weekend-gardener.example/tips/roses", "en", "Pruning roses in March", [
    ("chrome", """<div class="overlay-box"><h2>Never miss a tip</h2><p>Join 40,000 gardeners and get our best seasonal advice, offers and competitions straight to your inbox every Friday morning, completely free.</p><p><a href="#">No thanks</a></p></div>"""),
    ("main", """<div class="tip"><h1>Pruning roses in March</h1><p>Cut bush roses back to an outward-facing bud about a hand's width above the ground.</p>
<p>Remove dead and crossing stems first, then feed with a balanced fertiliser.</p></div>"""),
], ["Cut bush roses back to an outward-facing bud about a hand's width above the ground.",
    "Remove dead and crossing stems first, then feed with a balanced fertiliser."])


def render(p):
    body = "\n".join(html for _, html in p["parts"])
    return (f'<!DOCTYPE html>\n<html lang="{p["lang"]}"{p["html_attrs"]}><head><meta charset="utf-8">'
            f'<title>{p["title"]}</title>{p["head"]}</head>\n<body>\n{body}\n</body></html>\n')


def main():
    out = os.path.join(HERE, "pages")
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    truth = {}
    for p in PAGES:
        data = render(p).encode("utf-8")
        with open(os.path.join(out, "html", p["id"] + ".html.gz"), "wb") as f:
            f.write(gzip.compress(data, mtime=0))
        truth[p["id"]] = {"articleBody": "\n".join(p["expect"]), "url": p["url"]}
    with open(os.path.join(out, "ground-truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{len(PAGES)} pages written to {out}")


if __name__ == "__main__":
    main()
