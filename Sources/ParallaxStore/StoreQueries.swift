import ParallaxModel

/// Which events a listing or a timeline covers. Every filter is optional; the ones given must all hold.
///
/// Matching is case-insensitive for `outlet`, `entity` and `title`. A date filter leaves out undated events.
public struct EventFilter: Hashable, Sendable {
    /// Earliest event date, inclusive.
    public var from: CivilDate?
    /// Latest event date, inclusive.
    public var to: CivilDate?
    /// An outlet that covered the event (its full name, as in ``Event/outlets``).
    public var outlet: String?
    /// An entity some article of the event names: its name or one of its aliases, whole.
    public var entity: String?
    /// Words the event's title contains (a substring).
    public var title: String?

    public init(
        from: CivilDate? = nil, to: CivilDate? = nil, outlet: String? = nil, entity: String? = nil,
        title: String? = nil
    ) {
        self.from = from
        self.to = to
        self.outlet = outlet
        self.entity = entity
        self.title = title
    }
}

/// One page of an event listing and how many events match in all.
public struct EventPage: Hashable, Sendable {
    /// The events of the page, newest first, undated last.
    public var events: [Event]
    /// Number of matching events before paging.
    public var total: Int

    public init(events: [Event], total: Int) {
        self.events = events
        self.total = total
    }
}

/// One day of a timeline: how many events happened that day and how many articles reported them.
public struct TimelineDay: Hashable, Sendable, Codable {
    public var date: CivilDate
    /// Events dated that day.
    public var events: Int
    /// Articles of those events (all of their articles, whichever outlet).
    public var articles: Int

    public init(date: CivilDate, events: Int, articles: Int) {
        self.date = date
        self.events = events
        self.articles = articles
    }
}

/// An outlet as the store knows it: how much of it is stored.
public struct OutletSummary: Hashable, Sendable, Codable {
    /// The outlet's name, as articles carry it.
    public var name: String
    /// Stored articles from the outlet.
    public var articleCount: Int
    /// Events the outlet covered.
    public var eventCount: Int
    /// Earliest and latest publication time of its articles, when known.
    public var firstPublished: Timestamp?
    public var lastPublished: Timestamp?

    public init(
        name: String, articleCount: Int, eventCount: Int, firstPublished: Timestamp? = nil,
        lastPublished: Timestamp? = nil
    ) {
        self.name = name
        self.articleCount = articleCount
        self.eventCount = eventCount
        self.firstPublished = firstPublished
        self.lastPublished = lastPublished
    }
}

/// A full-text search with its filters and paging.
public struct SearchQuery: Hashable, Sendable {
    /// The words to find (every word must match; the last may be a prefix).
    public var text: String
    /// Only articles from this outlet (case-insensitive).
    public var outlet: String?
    /// Only articles published on or after this day.
    public var from: CivilDate?
    /// Only articles published on or before this day.
    public var to: CivilDate?
    /// Page size and start.
    public var limit: Int
    public var offset: Int

    public init(
        text: String, outlet: String? = nil, from: CivilDate? = nil, to: CivilDate? = nil, limit: Int = 20,
        offset: Int = 0
    ) {
        self.text = text
        self.outlet = outlet
        self.from = from
        self.to = to
        self.limit = limit
        self.offset = offset
    }

    /// Whether an article's outlet and publication day pass the filters (the words are the backend's job).
    public func admits(outlet articleOutlet: String?, published: Timestamp?) -> Bool {
        if let outlet, articleOutlet?.lowercased() != outlet.lowercased() { return false }
        if from != nil || to != nil {
            guard let day = published?.date else { return false }
            if let from, day < from { return false }
            if let to, day > to { return false }
        }
        return true
    }
}
