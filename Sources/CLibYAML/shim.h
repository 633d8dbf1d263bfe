// CLibYAML: the system's libyaml (Debian's libyaml-dev) as a Swift module, as CNcurses does for
// ncurses. Yams bundles its own copy as the internal target CYaml, which it does not export: a
// module of our own over the distribution's library keeps a Yams release from breaking the build.
#include <yaml.h>
