// The language module: written by the scenario-language work (issue 3).
