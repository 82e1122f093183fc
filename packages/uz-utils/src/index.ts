// Filled as code moves here from the capabilities.
export {}
