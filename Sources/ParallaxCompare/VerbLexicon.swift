/// Recognises finite-verb-like words well enough to decide whether a clause has a verb.
///
/// No tagger: a closed list of auxiliaries and modals, a list of about 250 verbs common in news with their
/// regular inflections generated, irregular past forms, and any word of five letters or more ending in "-ed".
/// Nouns that are also verbs ("call", "trade", "report") count as verbs; the clause splitter only needs "is
/// there a predicate on both sides", where that errs towards splitting fewer clauses, not more, since both
/// sides must pass.
enum VerbLexicon {
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
        "will", "would", "can", "could", "shall", "should", "may", "might", "must", "won't", "can't", "don't",
        "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't",
    ]

    static let bases: [String] = [
        "say", "tell", "add", "note", "stress", "urge", "call", "agree", "hold", "meet", "support", "oppose", "hope",
        "want", "seek", "plan", "open", "build", "launch", "attack", "kill", "die", "invade", "refuse", "accuse",
        "condemn", "warn", "announce", "establish", "evacuate", "estimate", "control", "report", "make", "take",
        "give", "go", "come", "see", "show", "help", "push", "play", "keep", "continue", "work", "stand", "promote",
        "describe", "invite", "unveil", "link", "connect", "create", "reach", "rise", "fall", "grow", "hit",
        "lament", "lead", "hail", "praise", "reiterate", "express", "exchange", "discuss", "sign", "visit",
        "attend", "deny", "confirm", "claim", "insist", "leave", "win", "lose", "fight", "strike", "fire", "burn",
        "close", "ban", "sanction", "demand", "threaten", "ask", "offer", "provide", "send", "receive", "pay",
        "cost", "spend", "sell", "buy", "trade", "import", "export", "increase", "decrease", "drop", "cut",
        "remain", "become", "seem", "appear", "include", "consist", "cross", "happen", "occur", "begin", "start",
        "end", "finish", "stop", "set", "put", "run", "move", "bring", "find", "think", "believe", "know",
        "expect", "consider", "allow", "need", "try", "use", "vote", "elect", "resign", "arrest", "charge",
        "injure", "wound", "damage", "destroy", "collapse", "flood", "erupt", "rescue", "respond", "welcome",
        "criticise", "criticize", "reject", "back", "interfere", "enhance", "boost", "deepen", "strengthen",
        "contribute", "maintain", "face", "commit", "foster", "prepare", "serve", "approve", "pass", "file",
        "sue", "rule", "order", "mark", "host", "join", "form", "turn", "carry", "cause", "kick", "hand", "speak",
        "write", "read", "publish", "release", "free", "detain", "shoot", "bomb", "shell", "storm", "seize",
        "capture", "withdraw", "retreat", "advance", "deploy", "station", "patrol", "protest", "march", "rally",
        "gather", "block", "clash", "riot", "mourn", "honour", "honor", "celebrate", "inaugurate", "complete",
        "delay", "postpone", "cancel", "suspend", "resume", "extend", "expand", "reduce", "raise", "lower",
        "double", "triple", "top", "exceed", "surpass", "total", "amount", "account", "rank", "lag", "trail",
        "rebound", "recover", "slump", "soar", "surge", "plunge", "climb", "jump", "slip", "ease", "fear",
        "worry", "doubt", "question", "investigate", "probe", "examine", "review", "test", "measure", "count",
        "record", "register", "list", "name", "appoint", "nominate", "replace", "succeed", "fail", "manage",
        "govern", "administer", "occupy", "liberate", "annex", "govern", "emphasise", "emphasize", "acknowledge",
        "admit", "argue", "dispute", "explain", "stay", "live", "share", "drive", "pledge", "vow", "promise",
        "commit", "decide", "choose", "prefer", "intend", "aim", "wait", "watch", "look", "feel", "sit", "lie",
        "lay", "hear", "listen", "return", "arrive", "depart", "travel", "fly", "sail", "host", "sponsor", "fund",
        "finance", "invest", "loan", "lend", "borrow", "owe", "cooperate", "coordinate", "negotiate", "mediate",
        "broker", "sign", "ratify", "draft", "propose", "suggest", "recommend", "advise", "caution", "dodge",
        "damage", "accept", "blast", "condemn", "suck", "step", "draw", "fell", "clear", "save", "shelter",
        "transport", "wage", "lament", "label", "term", "dub", "brand",
    ]

    static let irregular: Set<String> = [
        "said", "told", "held", "met", "made", "took", "taken", "gave", "given", "went", "gone", "came", "saw",
        "seen", "kept", "stood", "led", "rose", "risen", "fell", "fallen", "grew", "grown", "began", "begun", "left",
        "won", "lost", "fought", "struck", "ran", "brought", "found", "thought", "knew", "known", "sent", "paid",
        "spent", "sold", "bought", "became", "built", "hurt", "shut", "drew", "drawn", "wrote", "written",
        "spoke", "spoken", "broke", "broken", "chose", "chosen", "drove", "flew", "threw", "thrown", "got",
        "gotten", "shot", "fled", "sought", "taught", "caught", "meant", "felt", "heard", "laid", "lay", "sat",
        "withdrew", "withdrawn", "undertook", "overtook",
    ]

    /// All inflected forms of the listed bases.
    static let forms: Set<String> = {
        var result = Set<String>()
        for base in bases {
            result.insert(base)
            let last = base.last!
            let sibilant =
                base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("z") || base.hasSuffix("ch")
                || base.hasSuffix("sh")
            let consonantY = last == "y" && base.count > 1 && !"aeiou".contains(base.dropLast().last!)
            if consonantY {
                result.insert(base.dropLast() + "ies")
                result.insert(base.dropLast() + "ied")
            } else {
                result.insert(base + (sibilant || base.hasSuffix("o") ? "es" : "s"))
                result.insert(base + (last == "e" ? "d" : "ed"))
            }
            result.insert(last == "e" && base != "be" && !base.hasSuffix("ee") ? base.dropLast() + "ing" : base + "ing")
            // Doubled final consonant: "stopped", "stopping", "banned".
            let letters = Array(base)
            if letters.count >= 3, !"aeiouwxy".contains(last), "aeiou".contains(letters[letters.count - 2]),
                !"aeiou".contains(letters[letters.count - 3])
            {
                result.insert(base + String(last) + "ed")
                result.insert(base + String(last) + "ing")
            }
        }
        return result
    }()

    /// Whether a folded word looks like a verb form.
    static func isVerb(_ folded: String) -> Bool {
        if auxiliaries.contains(folded) || irregular.contains(folded) || forms.contains(folded) { return true }
        return folded.utf8.count >= 5 && folded.hasSuffix("ed")
    }

    /// Whether a folded word is an auxiliary or modal (not a content verb).
    static func isAuxiliary(_ folded: String) -> Bool { auxiliaries.contains(folded) }
}
