import Foundation
import ParallaxIngest
import ParallaxModel
import Testing

/// How the paths a user names become the files read.
struct InputCollectorTests {
    /// `parallax ingest .` trapped in Foundation (`NSString.deletingLastPathComponent` of ".").
    @Test func theCurrentDirectoryIsLookedAtForRegistriesWithoutATrap() {
        #expect(InputCollector.localRegistries(for: [".", "./", ".."]).count >= 0)
    }
}
