import ArgumentParser
import PeakmemScenario

extension Scale: ExpressibleByArgument {}
