import ArgumentParser
import PeakmemResults
import PeakmemScenario

extension Scale: ExpressibleByArgument {}
