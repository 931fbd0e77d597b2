import ParallaxModel

/// A date as a dateline writes it: a day and a month, and the year when one is given ("June 15", "15 июня",
/// "6月15日", "15 juin 2022").
struct WrittenDate: Equatable, Sendable {
    var year: Int?
    var month: Int
    var day: Int

    /// The calendar day meant: the written year's, else the nearest such day not after `published` (a story
    /// filed "December 31" and published on 2023-01-01 was filed on 2022-12-31), else nil.
    ///
    /// A dateline is written when the story is filed, which is never after it is published; eight years back
    /// is enough to reach a February 29.
    func resolved(publishedOn published: CivilDate?) -> CivilDate? {
        if let year { return CivilDate(year: year, month: month, day: day) }
        guard let published else { return nil }
        for year in stride(from: published.year, through: published.year - 8, by: -1) {
            if let date = CivilDate(year: year, month: month, day: day), date <= published { return date }
        }
        return nil
    }
}
