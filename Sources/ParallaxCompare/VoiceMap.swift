import ParallaxModel

/// Assigns every article of an event to its ``Voice``: its syndication group when it is in one, else its
/// outlet.
struct VoiceMap: Sendable {
    /// Voices in order of their first article.
    let voices: [Voice]
    /// Voice id by article id.
    let voiceOf: [String: String]
    /// Voice index by voice id.
    let index: [String: Int]

    init(articles: [Article], syndication: [[String]]) {
        let present = Set(articles.map(\.id))
        var groupOf: [String: Int] = [:]
        for (g, group) in syndication.enumerated() where group.filter(present.contains).count >= 2 {
            for id in group where present.contains(id) && groupOf[id] == nil { groupOf[id] = g }
        }
        var voices: [Voice] = []
        var index: [String: Int] = [:]
        var voiceOf: [String: String] = [:]
        var syndicationVoice: [Int: String] = [:]
        for article in articles {
            let id: String
            if let g = groupOf[article.id] {
                if let existing = syndicationVoice[g] {
                    id = existing
                } else {
                    id = "syndication:\(article.id)"
                    syndicationVoice[g] = id
                }
            } else {
                id = "outlet:\(article.outletName)"
            }
            voiceOf[article.id] = id
            if let at = index[id] {
                voices[at].articleIds.append(article.id)
                if !voices[at].outlets.contains(article.outletName) {
                    voices[at].outlets.append(article.outletName)
                    voices[at].outlets.sort()
                }
            } else {
                index[id] = voices.count
                voices.append(
                    Voice(
                        id: id, outlets: [article.outletName], articleIds: [article.id],
                        syndicated: groupOf[article.id] != nil)
                )
            }
        }
        self.voices = voices
        self.voiceOf = voiceOf
        self.index = index
    }
}
