/// Verbs that report speech, with their base forms, for quote attribution and indirect speech.
///
/// Only inflected forms that can head a reporting clause are listed: past ("said"), third person present
/// ("says") and the plain form for plural subjects ("experts say", "the two sides stress"). Plain and
/// third-person forms that are also common nouns ("reports", "notes", "claims", "calls") are flagged
/// `nounLike`: they count only right after a named subject or a pronoun, never after a common noun.
enum ReportingVerbs {
    /// One surface form of a reporting verb.
    struct Form: Sendable {
        /// Base form ("say").
        var lemma: String
        /// Also a common noun in this form.
        var nounLike: Bool
        /// A participle ("saying", "noting"): introduces more speech by the clause's speaker.
        var participle: Bool
    }

    /// Folded surface form → form info.
    static let forms: [String: Form] = {
        // lemma, past, third person, participle; the plain form is the lemma.
        let table: [(String, String, String, String)] = [
            ("say", "said", "says", "saying"), ("add", "added", "adds", "adding"),
            ("stress", "stressed", "stresses", "stressing"), ("note", "noted", "notes", "noting"),
            ("tell", "told", "tells", "telling"), ("urge", "urged", "urges", "urging"),
            ("reiterate", "reiterated", "reiterates", "reiterating"), ("point", "pointed", "points", "pointing"),
            ("praise", "praised", "praises", "praising"), ("hail", "hailed", "hails", "hailing"),
            ("warn", "warned", "warns", "warning"), ("insist", "insisted", "insists", "insisting"),
            ("declare", "declared", "declares", "declaring"), ("announce", "announced", "announces", "announcing"),
            ("state", "stated", "states", "stating"), ("emphasize", "emphasized", "emphasizes", "emphasizing"),
            ("emphasise", "emphasised", "emphasises", "emphasising"),
            ("underline", "underlined", "underlines", "underlining"),
            ("underscore", "underscored", "underscores", "underscoring"),
            ("assert", "asserted", "asserts", "asserting"),
            ("claim", "claimed", "claims", "claiming"), ("argue", "argued", "argues", "arguing"),
            ("explain", "explained", "explains", "explaining"), ("write", "wrote", "writes", "writing"),
            ("remark", "remarked", "remarks", "remarking"), ("comment", "commented", "comments", "commenting"),
            ("reply", "replied", "replies", "replying"), ("respond", "responded", "responds", "responding"),
            ("ask", "asked", "asks", "asking"), ("suggest", "suggested", "suggests", "suggesting"),
            ("acknowledge", "acknowledged", "acknowledges", "acknowledging"),
            ("admit", "admitted", "admits", "admitting"),
            ("confirm", "confirmed", "confirms", "confirming"), ("predict", "predicted", "predicts", "predicting"),
            ("vow", "vowed", "vows", "vowing"), ("pledge", "pledged", "pledges", "pledging"),
            ("promise", "promised", "promises", "promising"), ("lament", "lamented", "laments", "lamenting"),
            ("report", "reported", "reports", "reporting"), ("describe", "described", "describes", "describing"),
            ("accuse", "accused", "accuses", "accusing"), ("deny", "denied", "denies", "denying"),
            ("estimate", "estimated", "estimates", "estimating"), ("call", "called", "calls", "calling"),
            ("quote", "quoted", "quotes", "quoting"), ("observe", "observed", "observes", "observing"),
            ("recall", "recalled", "recalls", "recalling"), ("conclude", "concluded", "concludes", "concluding"),
            ("affirm", "affirmed", "affirms", "affirming"), ("reaffirm", "reaffirmed", "reaffirms", "reaffirming"),
            ("agree", "agreed", "agrees", "agreeing"), ("believe", "believed", "believes", "believing"),
            ("mention", "mentioned", "mentions", "mentioning"),
            ("highlight", "highlighted", "highlights", "highlighting"),
            ("sum", "summed", "sums", "summing"),
            // Verbs of spoken exchange that news uses as variants of "said" ("countered", "conceded",
            // "quipped"), and "assured … that", "testified that".
            ("counter", "countered", "counters", "countering"), ("retort", "retorted", "retorts", "retorting"),
            ("concede", "conceded", "concedes", "conceding"), ("quip", "quipped", "quips", "quipping"),
            ("joke", "joked", "jokes", "joking"), ("complain", "complained", "complains", "complaining"),
            ("boast", "boasted", "boasts", "boasting"), ("caution", "cautioned", "cautions", "cautioning"),
            ("testify", "testified", "testifies", "testifying"), ("contend", "contended", "contends", "contending"),
            ("assure", "assured", "assures", "assuring"),
            ("exclaim", "exclaimed", "exclaims", "exclaiming"), ("recount", "recounted", "recounts", "recounting"),
            // Speech on social media and raised voices ("Noem tweeted", "an officer shouts").
            ("tweet", "tweeted", "tweets", "tweeting"), ("shout", "shouted", "shouts", "shouting"),
            ("yell", "yelled", "yells", "yelling"),
            // More of news's variants of "said" after a quotation ("he mused", "echoed a second representative").
            ("muse", "mused", "muses", "musing"), ("echo", "echoed", "echoes", "echoing"),
            ("whisper", "whispered", "whispers", "whispering"), ("wonder", "wondered", "wonders", "wondering"),
            ("sigh", "sighed", "sighs", "sighing"), ("scoff", "scoffed", "scoffs", "scoffing"),
            ("marvel", "marveled", "marvels", "marveling"), ("marvel", "marvelled", "marvels", "marvelling"),
            ("confide", "confided", "confides", "confiding"), ("gush", "gushed", "gushes", "gushing"),
            ("fume", "fumed", "fumes", "fuming"), ("opine", "opined", "opines", "opining"),
            ("interject", "interjected", "interjects", "interjecting"),
        ]
        let nounLike: Set<String> = [
            "report", "reports", "note", "notes", "claim", "claims", "call", "calls", "state", "states", "comment",
            "comments", "remark", "remarks", "promise", "promises", "pledge", "pledges", "vow", "vows", "reply",
            "replies", "point", "points", "estimate", "estimates", "quote", "quotes", "warning", "highlight",
            "highlights", "mention", "mentions", "stress", "lament", "laments", "writing", "saying", "calling",
            "counter", "counters", "quip", "quips", "joke", "jokes", "boast", "boasts", "caution", "cautions",
            "recount", "recounts", "tweet", "tweets", "shout", "shouts", "yell", "yells", "echo", "echoes", "whisper",
            "whispers", "wonder", "wonders", "sigh", "sighs", "marvel", "marvels", "fume", "fumes", "gush",
        ]
        var result: [String: Form] = [:]
        for (lemma, past, third, participle) in table {
            for form in [lemma, past, third] {
                result[form] = Form(lemma: lemma, nounLike: nounLike.contains(form), participle: false)
            }
            result[participle] = Form(lemma: lemma, nounLike: nounLike.contains(participle), participle: true)
        }
        // "Gleckman … has written": the one listed verb whose perfect participle is not its past form.
        result["written"] = Form(lemma: "write", nounLike: false, participle: false)
        return result
    }()

    /// Lemmas whose clause is only speech when a particle follows ("point out", "call on/for").
    static let requiredParticle: [String: Set<String>] = ["point": ["out"], "call": ["on", "for"], "sum": ["up"]]

    /// Lemmas that count as reporting speech only with an explicit complement ("agree that", "believe that").
    static let needsThat: Set<String> = ["agree", "believe", "describe", "recall", "confirm", "deny", "mention"]

    /// The form of a folded word, if it reports speech.
    static func form(_ folded: String) -> Form? { forms[folded] }
}
