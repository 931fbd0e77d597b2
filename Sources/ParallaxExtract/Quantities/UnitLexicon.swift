import ParallaxModel

/// A unit of measurement: what it measures, how Parallax writes it, and its size in the SI base unit.
package struct MeasureUnit: Sendable {
    var kind: Quantity.Kind
    /// The normalised unit written into ``Quantity/unit`` ("m", "km", "m3", "t", "h", "%").
    package var symbol: String
    /// How many SI base units (metre, square metre, cubic metre, kilogram, second, watt, joule) one unit is;
    /// nil for units with no base (percent, multipliers).
    package var toSI: Double?
    /// A scale the unit itself carries: "bcm" is a billion cubic metres.
    var impliedScale: Double = 1
}

/// Units of measurement, matched on lexemes after a number ("1,284 meters", "98 billion cu. meters", "42%").
package enum UnitLexicon {
    private static func u(_ kind: Quantity.Kind, _ symbol: String, _ si: Double?, _ scale: Double = 1) -> MeasureUnit {
        MeasureUnit(kind: kind, symbol: symbol, toSI: si, impliedScale: scale)
    }

    /// Seconds in the calendar units: a Gregorian year is 365.2425 days and a month a twelfth of it.
    static let secondsPerYear = 31_556_952.0

    /// One-word units (folded).
    package static let single: [String: MeasureUnit] = {
        var t: [String: MeasureUnit] = [:]
        func add(_ words: [String], _ unit: MeasureUnit) { for w in words { t[w] = unit } }
        add(["m", "metre", "metres", "meter", "meters"], u(.length, "m", 1))
        add(["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"], u(.length, "km", 1_000))
        add(["cm", "centimetre", "centimetres", "centimeter", "centimeters"], u(.length, "cm", 0.01))
        add(["mm", "millimetre", "millimetres", "millimeter", "millimeters"], u(.length, "mm", 0.001))
        add(["mile", "miles"], u(.length, "mi", 1_609.344))
        add(["ft", "foot", "feet"], u(.length, "ft", 0.3048))
        add(["inch", "inches"], u(.length, "in", 0.0254))
        add(["yard", "yards"], u(.length, "yd", 0.9144))
        add(["km2", "sqkm"], u(.area, "km2", 1e6))
        add(["m2"], u(.area, "m2", 1))
        add(["hectare", "hectares", "ha"], u(.area, "ha", 1e4))
        add(["acre", "acres"], u(.area, "acre", 4_046.856_422_4))
        add(["m3"], u(.volume, "m3", 1))
        add(["bcm"], u(.volume, "m3", 1, 1e9))
        add(["tcm"], u(.volume, "m3", 1, 1e12))
        add(["litre", "litres", "liter", "liters"], u(.volume, "l", 0.001))
        add(["barrel", "barrels", "bbl"], u(.volume, "bbl", 0.158_987_294_928))
        add(["gallon", "gallons"], u(.volume, "gal", 0.003_785_411_784))
        // "tons" is taken as metric: news outside the US rarely means short tons, and the two differ by 10%.
        add(["t", "tonne", "tonnes", "ton", "tons"], u(.mass, "t", 1_000))
        add(["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"], u(.mass, "kg", 1))
        add(["g", "gram", "grams", "gramme", "grammes"], u(.mass, "g", 0.001))
        add(["lb", "lbs"], u(.mass, "lb", 0.453_592_37))
        add(["second", "seconds", "sec", "secs"], u(.duration, "s", 1))
        add(["minute", "minutes", "min", "mins"], u(.duration, "min", 60))
        add(["hour", "hours", "hr", "hrs"], u(.duration, "h", 3_600))
        add(["day", "days"], u(.duration, "d", 86_400))
        add(["week", "weeks"], u(.duration, "wk", 604_800))
        add(["month", "months"], u(.duration, "mo", secondsPerYear / 12))
        add(["year", "years", "yr", "yrs"], u(.duration, "yr", secondsPerYear))
        add(["decade", "decades"], u(.duration, "decade", secondsPerYear * 10))
        add(["century", "centuries"], u(.duration, "century", secondsPerYear * 100))
        add(["percent", "pct", "%"], u(.percent, "%", nil))
        add(["times", "fold"], u(.multiplier, "times", nil))
        add(["kw", "kilowatt", "kilowatts"], u(.other, "kW", 1e3))
        add(["mw", "megawatt", "megawatts"], u(.other, "MW", 1e6))
        add(["gw", "gigawatt", "gigawatts"], u(.other, "GW", 1e9))
        add(["kwh"], u(.other, "kWh", 3.6e6))
        add(["mwh"], u(.other, "MWh", 3.6e9))
        add(["gwh"], u(.other, "GWh", 3.6e12))
        add(["twh"], u(.other, "TWh", 3.6e15))
        return t
    }()

    /// Second words after "cubic"/"cu." and "square"/"sq.".
    private static let cubic: [String: MeasureUnit] = [
        "m": u(.volume, "m3", 1), "metre": u(.volume, "m3", 1), "metres": u(.volume, "m3", 1),
        "meter": u(.volume, "m3", 1), "meters": u(.volume, "m3", 1), "ft": u(.volume, "ft3", 0.028_316_846_592),
        "foot": u(.volume, "ft3", 0.028_316_846_592), "feet": u(.volume, "ft3", 0.028_316_846_592),
        "km": u(.volume, "km3", 1e9), "kilometres": u(.volume, "km3", 1e9), "kilometers": u(.volume, "km3", 1e9),
    ]
    private static let square: [String: MeasureUnit] = [
        "m": u(.area, "m2", 1), "metre": u(.area, "m2", 1), "metres": u(.area, "m2", 1), "meter": u(.area, "m2", 1),
        "meters": u(.area, "m2", 1), "km": u(.area, "km2", 1e6), "kilometre": u(.area, "km2", 1e6),
        "kilometres": u(.area, "km2", 1e6), "kilometer": u(.area, "km2", 1e6), "kilometers": u(.area, "km2", 1e6),
        "mile": u(.area, "mi2", 2_589_988.110_336), "miles": u(.area, "mi2", 2_589_988.110_336),
        "mi": u(.area, "mi2", 2_589_988.110_336), "ft": u(.area, "ft2", 0.092_903_04),
        "feet": u(.area, "ft2", 0.092_903_04),
    ]

    /// The unit that starts at lexeme `i`, and the index after it.
    static func match(_ lex: [Lexeme], at i: Int) -> (unit: MeasureUnit, next: Int)? {
        guard i < lex.count else { return nil }
        let first = lex[i]
        if first.isSymbol("%") { return (single["%"]!, i + 1) }
        guard first.kind == .word else { return nil }
        let w = first.text
        func word(_ k: Int) -> String? { k < lex.count && lex[k].kind == .word ? lex[k].text : nil }
        switch w {
        case "per":
            if word(i + 1) == "cent" { return (single["%"]!, i + 2) }
            return nil
        case "percentage":
            if let next = word(i + 1), next == "point" || next == "points" {
                return (u(.percent, "pp", nil), i + 2)
            }
            return nil
        case "cubic", "cu", "square", "sq":
            var k = i + 1
            if k < lex.count && lex[k].isSymbol(".") { k += 1 }
            let table = (w == "cubic" || w == "cu") ? cubic : square
            if let next = word(k), let unit = table[next] { return (unit, k + 1) }
            return nil
        case "metric":
            if let next = word(i + 1), next == "tons" || next == "tonnes" || next == "ton" || next == "tonne" {
                return (single["t"]!, i + 2)
            }
            return nil
        case "nautical":
            if let next = word(i + 1), next == "mile" || next == "miles" { return (u(.length, "nmi", 1_852), i + 2) }
            return nil
        default:
            if let unit = single[w] { return (unit, i + 1) }
            return nil
        }
    }
}
