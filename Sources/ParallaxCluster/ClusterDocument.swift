import ParallaxModel

/// What event clustering knows of one article: its words, names and dates.
///
/// The pipeline builds it from an ``Article`` and that article's extraction, so the clustering stage never
/// needs the extraction stage itself.
public struct ClusterDocument: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var text: String
    public var outlet: String
    public var published: CivilDate?
    /// Calendar days the text says something happened on (absolute dates, and weekdays resolved against
    /// the publication date).
    public var mentionedDates: [CivilDate]
    /// Names of people, organisations and places (entity names when extraction ran; otherwise empty and the
    /// clusterer falls back on capitalised phrases).
    public var names: [String]
    /// The people the story is about, most mentioned first (at most a few).
    public var people: [String]

    public init(
        id: String, title: String?, text: String, outlet: String, published: CivilDate?,
        mentionedDates: [CivilDate] = [], names: [String] = [], people: [String] = []
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.outlet = outlet
        self.published = published
        self.mentionedDates = mentionedDates
        self.names = names
        self.people = people
    }

    /// The days that can anchor the happening: mentioned days and the publication day.
    var anchorDays: [Int] {
        var days = mentionedDates.map(\.dayNumber)
        if let published { days.append(published.dayNumber) }
        return Array(Set(days)).sorted()
    }
}
