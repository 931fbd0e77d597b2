import ParallaxModel

/// Who a reporting clause names as the source of speech, before pronoun resolution.
enum SpeakerReference {
    /// A recognised entity (index into the article's entity table).
    case entity(Int)
    /// A pronoun or a definite role description ("he", "the Russian business representative"), resolved
    /// later to the most recent person subject.
    case anaphor(text: String)
    /// A group or document without an entity ("experts", "the joint statement"), optionally tied to a
    /// country entity ("the Chinese side").
    case nominal(text: String, kind: Attribution.Kind, entity: Int?)
}

/// A reporting clause: "Xi said (that) …", "…, he added", "according to CCTV", "TASS reported".
struct ReportingClause {
    var speaker: SpeakerReference
    /// The words naming the speaker.
    var speakerWords: Range<Int>
    /// The cue word ("said") or first cue word ("according").
    var cueWord: Int
    /// Base form of the cue verb, or "according to".
    var lemma: String
    /// The cue as written, folded ("said", "according to", "reported").
    var cueText: String
    var sentence: Int
    /// The paraphrased content for indirect speech, when the clause has one.
    var content: Range<Int>?
    /// "according to X": attribution only, never a speaker of its own content.
    var isAccordingTo = false
    /// A medium relaying someone else's words ("CCTV reported Mr Xi as saying" → CCTV).
    var via: SpeakerReference?
    /// Set when another clause in the sentence uses this one as its `via` ("…, Putin said, TASS reported").
    var absorbed = false
    /// A participle continuing the previous clause ("…, saying that …").
    var isParticiple = false
}
