import ParallaxModel

/// Verbs that head actions, with their ``ActionCategory`` (CAMEO top levels, collapsed).
///
/// | Category      | Verbs (base forms)                                                                |
/// |---------------|-----------------------------------------------------------------------------------|
/// | statement     | say, note, announce, state, declare, stress, emphasise, reiterate, add, tell, point out, express, confirm, reaffirm |
/// | appeal        | urge, call on, call for, appeal, ask, push for, press for, request, encourage, seek |
/// | cooperate     | agree, cooperate, sign, work with, collaborate, coordinate, join, partner, deepen  |
/// | consult       | meet, hold (talks, a call), talk, visit, host, exchange (views), discuss, invite, speak |
/// | support       | support, back, welcome, praise, hail, endorse, congratulate, appreciate, defend, commend |
/// | oppose        | oppose, criticise, condemn, reject, denounce, blast, accuse, protest, slam, blame, veto, refuse |
/// | demand        | demand, require                                                                   |
/// | threaten      | warn, threaten, caution                                                           |
/// | sanction      | sanction, ban, restrict, embargo, freeze, expel, suspend, block, boycott, impose (sanctions) |
/// | use-of-force  | attack, strike, invade, bomb, shell, kill, shoot, seize, capture, occupy, annex, raid, fight, destroy, launch (an invasion) |
/// | aid           | evacuate, aid, rescue, donate, shelter, assist, help, provide (aid), establish (a corridor) |
/// | other         | unveil, launch, open, build, propose, issue, release, adopt, control, estimate, establish, implement, expand, attend, plan |
///
/// Light verbs take their category from the object noun ("held talks" → consult, "launched an invasion" →
/// use of force, "imposed sanctions" → sanction, "established a humanitarian corridor" → aid), listed in
/// `objectCategories`.
enum ActionLexicon {
    /// One surface form of an action verb.
    struct Form: Sendable {
        var lemma: String
        var category: ActionCategory
        /// The plain form ("oppose"): finite only after a modal or with a plural subject.
        var isBase: Bool
        /// "-ed" form that may be a participle (passive or reduced relative: "proposed by China").
        var isPast: Bool
        /// "-ing" form: an action only after "keep"/"continue" or as a participle clause after a comma.
        var isGerund = false
    }

    /// (lemma, irregular past or nil, category).
    private static let entries: [(String, String?, ActionCategory)] = [
        ("say", "said", .statement), ("note", nil, .statement), ("announce", nil, .statement),
        ("state", nil, .statement),
        ("declare", nil, .statement), ("stress", nil, .statement), ("emphasise", nil, .statement),
        ("emphasize", nil, .statement), ("reiterate", nil, .statement), ("add", nil, .statement),
        ("tell", "told", .statement),
        ("point", nil, .statement), ("express", nil, .statement), ("confirm", nil, .statement),
        ("reaffirm", nil, .statement),
        ("lament", nil, .statement), ("describe", nil, .statement), ("claim", nil, .statement),
        ("report", nil, .statement), ("estimate", nil, .statement),
        ("urge", nil, .appeal), ("call", nil, .appeal), ("appeal", nil, .appeal), ("ask", nil, .appeal),
        ("push", nil, .appeal),
        ("press", nil, .appeal), ("request", nil, .appeal), ("encourage", nil, .appeal), ("seek", "sought", .appeal),
        ("agree", nil, .cooperate), ("cooperate", nil, .cooperate), ("sign", nil, .cooperate),
        ("work", nil, .cooperate),
        ("collaborate", nil, .cooperate), ("coordinate", nil, .cooperate), ("join", nil, .cooperate),
        ("partner", nil, .cooperate), ("deepen", nil, .cooperate), ("strengthen", nil, .cooperate),
        ("meet", "met", .consult), ("hold", "held", .consult), ("talk", nil, .consult), ("visit", nil, .consult),
        ("host", nil, .consult), ("exchange", nil, .consult), ("discuss", nil, .consult), ("invite", nil, .consult),
        ("speak", "spoke", .consult), ("phone", nil, .consult),
        ("support", nil, .support), ("back", nil, .support), ("welcome", nil, .support), ("praise", nil, .support),
        ("hail", nil, .support), ("endorse", nil, .support), ("congratulate", nil, .support),
        ("appreciate", nil, .support),
        ("defend", nil, .support), ("commend", nil, .support), ("applaud", nil, .support),
        ("oppose", nil, .oppose), ("criticise", nil, .oppose), ("criticize", nil, .oppose), ("condemn", nil, .oppose),
        ("reject", nil, .oppose), ("denounce", nil, .oppose), ("blast", nil, .oppose), ("accuse", nil, .oppose),
        ("protest", nil, .oppose), ("slam", nil, .oppose), ("blame", nil, .oppose), ("veto", nil, .oppose),
        ("refuse", nil, .oppose), ("dismiss", nil, .oppose),
        ("demand", nil, .demand), ("require", nil, .demand),
        ("warn", nil, .threaten), ("threaten", nil, .threaten), ("caution", nil, .threaten),
        ("sanction", nil, .sanction), ("ban", nil, .sanction), ("restrict", nil, .sanction),
        ("embargo", nil, .sanction),
        ("freeze", "froze", .sanction), ("expel", nil, .sanction), ("suspend", nil, .sanction),
        ("block", nil, .sanction),
        ("boycott", nil, .sanction), ("impose", nil, .other),
        ("attack", nil, .useOfForce), ("strike", "struck", .useOfForce), ("invade", nil, .useOfForce),
        ("bomb", nil, .useOfForce), ("shell", nil, .useOfForce), ("kill", nil, .useOfForce),
        ("shoot", "shot", .useOfForce),
        ("seize", nil, .useOfForce), ("capture", nil, .useOfForce), ("occupy", nil, .useOfForce),
        ("annex", nil, .useOfForce),
        ("raid", nil, .useOfForce), ("fight", "fought", .useOfForce), ("destroy", nil, .useOfForce),
        ("evacuate", nil, .aid), ("aid", nil, .aid), ("rescue", nil, .aid), ("donate", nil, .aid),
        ("shelter", nil, .aid),
        ("assist", nil, .aid), ("help", nil, .aid), ("provide", nil, .other), ("offer", nil, .other),
        ("send", "sent", .other),
        ("deliver", nil, .other), ("give", "gave", .other),
        ("unveil", nil, .other), ("launch", nil, .other), ("open", nil, .other), ("build", "built", .other),
        ("propose", nil, .other), ("issue", nil, .other), ("release", nil, .other), ("adopt", nil, .other),
        ("control", nil, .other), ("establish", nil, .other), ("implement", nil, .other),
        ("expand", nil, .other), ("attend", nil, .other), ("plan", nil, .other), ("wage", nil, .other),
        ("conduct", nil, .other), ("carry", nil, .other), ("make", "made", .other), ("take", "took", .other),
        ("stage", nil, .other), ("step", nil, .other), ("set", "set", .other), ("transport", nil, .other),
        ("reach", nil, .cooperate), ("extend", nil, .other),
    ]

    /// Folded surface form → form.
    static let forms: [String: Form] = {
        var result: [String: Form] = [:]
        for (lemma, irregular, category) in entries {
            let past = irregular ?? regularPast(lemma)
            result[lemma] = Form(lemma: lemma, category: category, isBase: true, isPast: false)
            result[thirdPerson(lemma)] = Form(lemma: lemma, category: category, isBase: false, isPast: false)
            if result[past] == nil || result[past]!.isBase {
                result[past] = Form(lemma: lemma, category: category, isBase: past == lemma, isPast: true)
            }
            let gerund = gerund(lemma)
            if result[gerund] == nil {
                result[gerund] = Form(lemma: lemma, category: category, isBase: false, isPast: false, isGerund: true)
            }
        }
        // Participles after "be" that act as verbs: "is opposed to", "is committed to".
        return result
    }()

    /// Phrasal verbs: (lemma, particle) → category and joined lemma.
    static let phrasal: [String: [String: ActionCategory]] = [
        "call": ["on": .appeal, "for": .appeal], "push": ["for": .appeal, "forward": .appeal],
        "press": ["for": .appeal],
        "work": ["with": .cooperate, "together": .cooperate], "point": ["out": .statement], "step": ["up": .other],
        "carry": ["out": .other], "take": ["part": .cooperate], "speak": ["with": .consult, "to": .consult],
        "talk": ["with": .consult, "to": .consult], "meet": ["with": .consult], "stand": ["by": .support],
        "back": ["away": .other],
    ]

    /// Lemmas that only make an action with a particle from `phrasal` (alone they are too vague).
    static let needsParticle: Set<String> = ["point", "push", "press", "step", "carry", "stand", "work"]

    /// Object nouns that decide the category of light and general verbs ("held talks", "launched an invasion").
    static let objectCategories: [String: ActionCategory] = [
        "talks": .consult, "call": .consult, "conversation": .consult, "meeting": .consult, "summit": .consult,
        "consultations": .consult, "phone": .consult, "views": .consult, "visit": .consult, "negotiations": .consult,
        "invasion": .useOfForce, "attack": .useOfForce, "attacks": .useOfForce, "strike": .useOfForce,
        "strikes": .useOfForce, "offensive": .useOfForce, "war": .useOfForce, "assault": .useOfForce,
        "missiles": .useOfForce, "missile": .useOfForce, "airstrikes": .useOfForce, "battle": .useOfForce,
        "sanctions": .sanction, "embargo": .sanction, "ban": .sanction, "restrictions": .sanction, "tariffs": .sanction,
        "corridor": .aid, "aid": .aid, "assistance": .aid, "relief": .aid, "shelter": .aid, "evacuation": .aid,
        "evacuations": .aid, "support": .support, "welcome": .support, "condolences": .support,
        "agreement": .cooperate, "deal": .cooperate, "statement": .statement, "concern": .statement,
        "concerns": .statement, "cooperation": .cooperate, "ties": .cooperate, "partnership": .cooperate,
        "part": .cooperate, "warning": .threaten, "ultimatum": .threaten, "protest": .oppose,
    ]

    /// Verbs whose category comes from their object when it is listed.
    static let lightVerbs: Set<String> = [
        "hold", "have", "launch", "make", "take", "express", "provide", "offer", "give", "establish", "open", "impose",
        "carry", "wage", "conduct", "stage", "set", "send", "deliver", "issue", "sign", "reach", "extend",
    ]

    /// Verbs whose "to"-infinitive complement is the real action, and whether it is negated.
    static let controlVerbs: [String: Bool] = [
        "refused": true, "refuses": true, "refuse": true, "declined": true, "declines": true, "failed": true,
        "fails": true, "ready": false, "willing": false, "continue": false, "continued": false, "continues": false,
        "vowed": false, "pledged": false, "decided": false, "plans": false, "planned": false, "aims": false,
        "hopes": false, "wants": false, "agreed": false, "intends": false, "prepared": false, "able": false,
        "unwilling": true, "reluctant": true,
    ]

    static func regularPast(_ lemma: String) -> String {
        if lemma.hasSuffix("e") { return lemma + "d" }
        if lemma.hasSuffix("y") && !lemma.hasSuffix("ay") && !lemma.hasSuffix("ey") && !lemma.hasSuffix("oy") {
            return String(lemma.dropLast()) + "ied"
        }
        if ["ban", "expel", "shell", "plan", "slam", "veto", "control", "stop", "admit", "occupy"].contains(lemma) {
            switch lemma {
            case "ban": return "banned"
            case "expel": return "expelled"
            case "plan": return "planned"
            case "slam": return "slammed"
            case "veto": return "vetoed"
            case "control": return "controlled"
            case "stop": return "stopped"
            case "admit": return "admitted"
            case "occupy": return "occupied"
            default: return lemma + "ed"
            }
        }
        return lemma + "ed"
    }

    static func gerund(_ lemma: String) -> String {
        switch lemma {
        case "ban": return "banning"
        case "plan": return "planning"
        case "slam": return "slamming"
        case "expel": return "expelling"
        case "control": return "controlling"
        case "admit": return "admitting"
        case "stop": return "stopping"
        case "shoot": return "shooting"
        default: break
        }
        if lemma.hasSuffix("e") && !lemma.hasSuffix("ee") { return String(lemma.dropLast()) + "ing" }
        return lemma + "ing"
    }

    static func thirdPerson(_ lemma: String) -> String {
        if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x")
            || lemma.hasSuffix("o")
        {
            return lemma + "es"
        }
        if lemma.hasSuffix("y") && !lemma.hasSuffix("ay") && !lemma.hasSuffix("ey") && !lemma.hasSuffix("oy") {
            return String(lemma.dropLast()) + "ies"
        }
        return lemma + "s"
    }
}
