// Every file here uses the shared support (TempSite, Tree, Repository); exported once rather than imported in each.
@_exported import TrustsiteTestSupport
