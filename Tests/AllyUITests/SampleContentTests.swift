import AllyCore
import AllyUI
import Testing

/// The sample library the screenshots and tests play obeys the library's rules: the outcome is
/// computed from the path, so each ending has words for exactly the outcomes its paths earn.
@Suite struct SampleContentTests {
    @Test(arguments: SampleContent.library.scenarios.map(\.id))
    func everyEndingHasTheTextsItsPathsNeed(id: String) throws {
        let scenario = try #require(SampleContent.library.scenario(id: id))
        let reach = OutcomeReach(scenario)
        #expect(!reach.isPartial)
        for ending in scenario.endings {
            let reachable = reach.outcomes(at: ending.id)
            #expect(!reachable.isEmpty, "\(id): no path ends at '\(ending.id)'")
            #expect(ending.outcomes == reachable, "\(id): '\(ending.id)' has texts for \(ending.outcomes), its paths earn \(reachable)")
        }
    }
}
