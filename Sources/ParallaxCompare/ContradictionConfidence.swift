import ParallaxModel
import ParallaxText

/// How sure a contradiction is: the chance that its sides state one fact differently, not two facts that look
/// alike.
///
/// Users measured the old finder on held-out multi-outlet events: most reported contradictions compared
/// different things (two laptop models' screen sizes, two people's ages, a region's death toll against a
/// town's), so a contradiction now carries a score and only those reaching ``threshold`` are shown by default.
/// The weights are round numbers set on the development half of ECB+ (topics 1–17, `parallax evaluate
/// contradictions`) and checked on the other half; see BENCHMARKS.md.
public enum ContradictionConfidence {
    /// The default cut (``ComparisonOptions/minimumContradictionConfidence``).
    public static let threshold = 0.5

    /// Two aligned claims dating one happening to different calendar days: alignment already asks for the same
    /// subject and wording, and both days are written out (weekday-only days never accuse).
    static let date = 0.8

    /// Negations and participants: text-level readings ("not truthful when questioned" against "led lawyers
    /// to question their safety", "no suspects have been taken into custody" against "was not immediately
    /// taken into custody") that were nearly all false on ECB+ unless the two claims say nearly the same
    /// sentence. Shown only for aligned claims of similarity 0.7 or more ("Mayor Falk attended" / "Mayor Falk
    /// did not attend the opening ceremony").
    static func statement(aligned: Bool, similarity: Double) -> Double {
        guard aligned else { return 0.3 }
        return similarity >= 0.7 ? 0.7 : 0.4
    }

    /// Participants (who met whom) of aligned claims: the action and one participant already match, so the
    /// other differing is what the claims dispute. Unaligned, they were false on ECB+ (two teams' offers).
    static func participant(aligned: Bool) -> Double { aligned ? 0.6 : 0.3 }

    /// Two figures of one slot key that disagree. What raises the score is evidence that they are one figure:
    /// - words around both numbers in common (``QuantityContext/head``): "killed four people in a brazen
    ///   courthouse escape" twice is one count; 0.2 a stem, up to three;
    /// - the claims were aligned (+0.25, +0.35 at similarity 0.5 or more): the same sentence told twice;
    /// - the same name beside both (+0.2): "Reid, 33" and "the 33-year-old Tara Reid";
    /// - both claims open with the same name and the figures share a word around them (`sameSubject`, +0.2):
    ///   "Cheeks … played for the Sixers for 11 seasons" and "Cheeks … played for 11 seasons with the team" say
    ///   one thing of one subject. Not for box-score figures: a player has one line per game;
    /// - a specific counted noun: the dead and the injured (+0.2), whose key already is the head.
    /// - other figures stated in both claims (`sharedFigures`, +0.2 each, up to two): "59 catches for 1,098
    ///   yards and seven touchdowns" against the same with "14 touchdowns" is one record with a figure changed
    ///   (ECB+ development topics, `parallax evaluate contradictions`); "a .308 average, 33 homers and 121 RBIs"
    ///   against ".308, 66 homers and 121 RBIs" shares two, and is one stat line all the more.
    /// What lowers it: a bare number with no noun or unit written ("Russell, 46," read as a count of the
    /// injured, −0.3); a number that qualifies a noun ("a 16-year-old", "an eight-year offer", "a five-boat
    /// attack", −0.3 unless the same name is beside both): it describes one thing of several; values a factor
    /// of five or more apart (−0.2: a town's toll against a region's, a season's total against a game's, more
    /// often than a slip); durations (−0.2: "four days of riots" and "the past eight days" are spans counted
    /// from different starts far more often than a disputed fact); and a month or year written in only one of
    /// the claims (`undated`, −0.2: "in February, a quake killed 612" is another happening); and claims that
    /// both name people or places but none in common (`namesApart`, −0.25: "Shy Ely scored 23 points" and
    /// "Stephen Curry posted a game-high 29 points" are two players' figures), unless both count one specific
    /// noun (``specificCount(_:_:)``) with a word around it in common: "one of six children in a farming family"
    /// and "the eldest of nine children in a poor family" count one family whatever place or person the two
    /// sentences name besides (ECB+ development topics: two planted figures found, no false one added; without the
    /// shared word, "two speedboats approaching" and "three speedboats recovered" became false ones);
    /// - a box-score figure (``statistic(_:)``) when neither the figures nor the claims (`namesShared`) share a
    ///   name and the claims share fewer than two other figures (−0.3): a line that repeats two other figures of
    ///   the record ("a .308 average, 33 homers and 121 RBIs" / "Teixeira had 66 homers and 121 RBIs along with a
    ///   .308 average") is one player's line, however one copy names him ("he").
    static func figures(
        _ x: ContradictionFinder.Slot, _ y: ContradictionFinder.Slot, aligned: Bool, undated: Bool = false,
        namesApart: Bool = false, namesShared: Bool = false, sameSubject: Bool = false, sharedFigures: Int = 0,
        similarity: Double = 0
    ) -> Double {
        var score = 0.2
        score += 0.2 * Double(min(sharedFigures, 2))
        let shared = x.context.head.intersection(y.context.head).count
        score += 0.2 * Double(min(shared, 3))
        if aligned { score += similarity >= 0.5 ? 0.35 : 0.25 }
        let sameName = !x.context.names.isDisjoint(with: y.context.names)
        if sameName { score += 0.2 }
        if sameSubject && shared > 0 && !statistic(x) && !statistic(y) { score += 0.2 }
        if (compound(x.reading.text) || compound(y.reading.text)) && !sameName { score -= 0.3 }
        if (statistic(x) || statistic(y)) && !sameName && !namesShared && sharedFigures < 2 { score -= 0.3 }
        if x.key.hasPrefix("duration") { score -= 0.2 }
        if undated { score -= 0.2 }
        if namesApart && !(specificCount(x, y) && shared > 0) { score -= 0.25 }
        if x.key == "count:dead" || x.key == "count:injured" { score += 0.2 }
        if specificCount(x, y) { score += 0.3 }
        if bare(x.reading.text) || bare(y.reading.text) { score -= 0.3 }
        let high = max(abs(x.reading.value), abs(y.reading.value))
        let low = min(abs(x.reading.value), abs(y.reading.value))
        if low > 0 && high / low >= 5 { score -= 0.2 }
        return min(1, max(0, score))
    }

    /// Both figures count one specific noun written the same way ("six children" and "12 children", "two
    /// correctional officers" and "4 officers"): a set an event has one size of. Not units of measure, time or
    /// score, nor "people", which count different groups in one story ("12 people for a jury", "three people
    /// said").
    static func specificCount(_ x: ContradictionFinder.Slot, _ y: ContradictionFinder.Slot) -> Bool {
        guard x.key.hasPrefix("count:"), x.key != "count:dead", x.key != "count:injured" else { return false }
        // Stats of a game or a career ("29 passes", "20 carries") count per player, like points.
        if genericNouns.contains(String(x.key.dropFirst("count:".count))) { return false }
        func noun(_ text: String) -> String? {
            guard let last = text.split(separator: " ").last else { return nil }
            let word = Folding.fold(String(last))
            guard word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
            return word
        }
        guard let a = noun(x.reading.text), let b = noun(y.reading.text), a == b else { return false }
        return !genericNouns.contains(Stemmer.stem(a))
    }

    /// Whether a figure is a player's or a team's statistic ("caught 29 passes", "scored 16 points", "rushed for
    /// 404 yards"): a line of a box score. Every player, game and season has one, and outlets writing about one
    /// match routinely cite another game's or season's line, so two such figures are one figure only when both
    /// claims name the same player or team (ECB+ held-out topics: "He had 793 yards" against "He finished with 269
    /// yards", two seasons of one player, and "six touchdowns on offense" against "three on punt runbacks").
    static func statistic(_ slot: ContradictionFinder.Slot) -> Bool {
        let yards = slot.reading.text.hasSuffix("yards") || slot.reading.text.hasSuffix("yard")
        if yards { return !slot.context.head.isDisjoint(with: statisticNouns) }
        guard slot.key.hasPrefix("count:") else { return false }
        return statisticNouns.contains(String(slot.key.dropFirst("count:".count)))
    }

    /// Counted nouns of box scores (stems), and the words that make yards a statistic ("passes for 302 yards",
    /// "rushing for 404 yards").
    static let statisticNouns: Set<String> = Set(
        [
            "points", "rebounds", "assists", "passes", "carries", "catches", "receptions", "touchdowns", "homers",
            "rbis", "strikeouts", "saves", "tackles", "sacks", "interceptions", "goals", "steals", "blocks",
            "rushing", "passing", "receiving", "caught", "rushed", "scores",
        ].map { Stemmer.stem($0) })

    /// Counted nouns that do not name one set of an event.
    static let genericNouns: Set<String> = Set(
        [
            "people", "persons", "years", "days", "weeks", "months", "hours", "minutes", "seconds", "times",
            "points", "games", "seasons", "percent", "others", "members", "runs", "shots", "yards", "rounds",
            "million", "billion", "thousand", "hundred", "cents", "dollars", "euros", "pounds", "goals", "wins",
            "losses", "matches", "episodes", "pages", "words", "steps", "votes", "rebounds", "assists", "passes",
            "carries", "catches", "touchdowns", "drives", "homers", "rbis", "strikeouts", "innings", "laps",
            "saves", "tackles", "sacks",
        ].map { Stemmer.stem($0) })

    /// A number joined to its noun by a hyphen ("16-year-old", "eight-year", "6.7-strength").
    static func compound(_ text: String) -> Bool {
        var sawDigitOrWord = false
        for scalar in text.unicodeScalars {
            if scalar == "-" { return sawDigitOrWord }
            if scalar == " " { return false }
            sawDigitOrWord = true
        }
        return false
    }

    /// A number written with no word or sign: nothing says what it counts.
    static func bare(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.properties.isAlphabetic || "$€£%¥".unicodeScalars.contains($0) }
    }
}
