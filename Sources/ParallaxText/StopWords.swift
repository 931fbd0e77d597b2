/// English function words that carry no topic, used to weight and compare content.
public enum StopWords {
    /// The folded stop words.
    public static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
        "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "could", "did", "do", "does", "doing", "down", "during", "each", "either", "few", "for", "from",
        "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
        "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might",
        "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "said", "same", "say",
        "says", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
        "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "you", "your",
        "yours", "yourself", "yourselves", "it's", "he's", "she's", "that's", "there's", "according", "told",
        "added", "however", "since", "still", "yet", "even", "well", "like", "many", "several", "per", "via",
        "among", "amid", "across", "around", "along", "toward", "towards", "onto", "whether", "although",
        "though", "thus", "hence", "therefore", "one", "two", "new", "year", "years", "mr", "ms", "mrs",
    ]

    /// Whether a folded word is a stop word.
    @inlinable
    public static func contains(_ folded: String) -> Bool { english.contains(folded) }
}
