import ParallaxIngest
import Testing

/// One test per main-content rule that holds on any page kind (see `MainContent` and its extensions).
struct MainContentRuleTests {
    private func page(_ body: String, lang: String = "en") -> String {
        "<html lang=\"\(lang)\"><head><title>T</title></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/about\">About</a></nav>"
            + body + "</body></html>"
    }

    @Test func textNestedPastTheDepthLimitIsKeptInParagraphs() {
        let html = page(
            String(repeating: "<div>", count: 300) + "<p>The first paragraph lies deep down in the page.</p>"
                + "<p>The second paragraph lies just as deep in it.</p>" + String(repeating: "</div>", count: 300))
        let text = HTMLArticleReader.mainText(html: html)
        #expect(
            text == "The first paragraph lies deep down in the page.\n\nThe second paragraph lies just as deep in it.")
    }

    @Test func scriptsPastTheDepthLimitStaySkipped() {
        let html = page(
            String(repeating: "<div>", count: 300)
                + "<p>A paragraph of the article, deep in the page, with enough words.</p><svg><text>chart</text></svg>"
                + String(repeating: "</div>", count: 300))
        #expect(!HTMLArticleReader.mainText(html: html).contains("chart"))
    }

    @Test func aPageOfShortListItemsGivesItsList() {
        let html = page(
            "<div class=\"col\"><h1>Documents</h1><ul><li>Passport</li><li>Birth certificate</li><li>Proof of address</li>"
                + "</ul></div><footer><p>© 2026 Northbrook District Council. All rights reserved.</p></footer>")
        #expect(HTMLArticleReader.mainText(html: html) == "Passport\n\nBirth certificate\n\nProof of address")
    }

    @Test func aPriceTableIsTheTextAndTheCopyrightLineIsNot() {
        let html = page(
            "<div><table><tr><td>Adult</td><td>£6.50</td></tr><tr><td>Child</td><td>£3.20</td></tr>"
                + "<tr><td>Season ticket</td><td>£180</td></tr></table></div>"
                + "<footer><p>© 2026 Riverside Leisure Ltd. All rights reserved.</p></footer>")
        let text = HTMLArticleReader.mainText(html: html)
        #expect(text.contains("Adult"))
        #expect(text.contains("Season ticket"))
        #expect(!text.contains("rights reserved"))
    }

    @Test func aConsentOverlayIsNotTheArticle() {
        let html = page(
            "<div class=\"cmp-layer\"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu "
                + "personalisieren und die Zugriffe auf unsere Website zu analysieren. Außerdem geben wir Informationen "
                + "zu Ihrer Nutzung unserer Website an unsere Partner weiter.</p></div>"
                + "<div class=\"beitrag\"><p>Die Orgel der Stadtkirche erklingt am Sonntag wieder im Gottesdienst.</p>"
                + "<p>Ein Konzert folgt am Abend um 19 Uhr, der Eintritt ist frei.</p></div>", lang: "de")
        let text = HTMLArticleReader.mainText(html: html)
        #expect(text.hasPrefix("Die Orgel der Stadtkirche"))
        #expect(!text.contains("Cookies"))
    }

    @Test func anArticleAboutCookieRulesKeepsItsParagraphs() {
        let html = page(
            "<article><p>The regulator fined three retailers on Monday for setting advertising cookies before "
                + "shoppers had agreed to them, the first such fines this year.</p>"
                + "<p>Sites must ask users for consent before setting cookies, the regulator said.</p></article>")
        let text = HTMLArticleReader.mainText(html: html)
        #expect(text.contains("fined three retailers"))
        #expect(text.contains("Sites must ask users for consent"))
    }

    @Test func commentSectionsNamedInOtherLanguagesAreNotTheText() {
        let html = page(
            "<div class=\"entrada\"><p>Llegamos a Llanes un jueves por la tarde, con lluvia fina y el mar gris.</p>"
                + "<p>El segundo día caminamos por la senda costera hasta una playa pequeña, sin nadie.</p>"
                + "<div id=\"comentarios\"><p>¡Qué bonito! Este verano vamos nosotros también, gracias.</p></div>"
                + "<div class=\"kommentare\"><p>Ein Kommentar auf Deutsch, der nicht zum Text gehört.</p></div></div>",
            lang: "es")
        let text = HTMLArticleReader.mainText(html: html)
        #expect(text.contains("senda costera"))
        #expect(!text.contains("Qué bonito"))
        #expect(!text.contains("Kommentar"))
    }

    @Test func aCommentHeadingWithItsCountEndsTheText() {
        let html = page(
            "<div><p>Zwischen Oberdorf und der Kreisstadt entsteht bis zum Herbst ein neuer Radweg.</p>"
                + "<p>Der Weg wird beleuchtet und soll auch im Winter geräumt werden, teilte die Gemeinde mit.</p>"
                + "<h3>Kommentare (3)</h3><p>Endlich! Darauf warten wir seit Jahren, hoffentlich wird er fertig.</p></div>",
            lang: "de")
        let text = HTMLArticleReader.mainText(html: html)
        #expect(text.contains("im Winter geräumt"))
        #expect(!text.contains("Endlich"))
    }

    @Test func aNewsletterOverlayIsNotTheArticle() {
        let html = page(
            "<div class=\"overlay-box\"><p>Join 40,000 gardeners and get our best seasonal advice, offers and "
                + "competitions straight to your inbox every Friday morning, completely free.</p></div>"
                + "<div class=\"tip\"><p>Cut bush roses back to an outward-facing bud above the ground.</p>"
                + "<p>Remove dead and crossing stems first, then feed with a balanced fertiliser.</p></div>")
        let text = HTMLArticleReader.mainText(html: html)
        #expect(text.hasPrefix("Cut bush roses"))
        #expect(!text.contains("inbox"))
    }

    @Test func forumSignaturesAreNotTheText() {
        let html = page(
            "<div class=\"thread\"><div class=\"post\"><p>My old bench drill wobbles badly above 2000 rpm, any ideas?</p>"
                + "<div class=\"signature\">Workshop in a garage since 1998, and proud of it</div></div>"
                + "<div class=\"post\"><p>Check the arbor taper, not the chuck; rust there throws it off.</p>"
                + "<div class=\"signature\">Measure twice, cut once, and then measure again</div></div></div>")
        let text = HTMLArticleReader.mainText(html: html)
        #expect(text.contains("arbor taper"))
        #expect(!text.contains("Measure twice"))
        #expect(!text.contains("Workshop in a garage"))
    }
}
