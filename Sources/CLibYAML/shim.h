// libyaml (Debian's libyaml-dev): the event parser behind YAMLReader.
#include <yaml.h>
