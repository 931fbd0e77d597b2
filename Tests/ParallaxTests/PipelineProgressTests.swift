import Parallax
import Testing

/// The progress line says the step, the count, the rate and the time left; an ingest's summary says what was
/// analysed.
struct PipelineProgressTests {
    @Test func aCountedStepShowsRateAndTimeLeft() {
        let text = PipelineProgress(step: .extracting, done: 300, total: 1000).line(elapsed: .seconds(2))
        #expect(text == "extracting 300/1000 articles · 150/s · 0:05 left")
    }

    @Test func aStepWithoutCountOrTimeSaysOnlyItsName() {
        #expect(PipelineProgress(step: .clustering, done: 0, total: 1).line(elapsed: .seconds(9)) == "clustering…")
        #expect(
            PipelineProgress(step: .reading, done: 3, total: 40).line(elapsed: .milliseconds(100))
                == "reading 3/40 files")
    }

    @Test func anIngestSummaryNamesWhatWasAnalysed() {
        let report = IngestReport(
            files: 2, read: 30, inserted: Array(repeating: "x", count: 20), existing: [], diagnostics: [], events: 12,
            analysis: UpdateReport(
                mode: .incremental, newArticles: 20, reclusteredEvents: 7, touchedEvents: 3, events: 12))
        #expect(
            report.summary
                == "ingest: 30 articles read, 20 new; 20 analysed with 7 events they might join (3 replaced); 12 events"
        )
    }
}
