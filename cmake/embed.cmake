# Writes INPUT into OUTPUT as a C++ string, for the built-in national rule set.
file(READ ${INPUT} content)
string(LENGTH "${content}" len)
# A raw string literal cannot hold its own delimiter; the rule file never has it.
string(FIND "${content}" ")nytte\"" bad)
if(NOT bad EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the embedding delimiter")
endif()
file(WRITE ${OUTPUT}.tmp
"// Generated from rules/national.toml by cmake/embed.cmake. Do not edit.\n"
"#include <string_view>\n"
"namespace nytte {\n"
"extern const std::string_view kBuiltinNationalRules;\n"
"const std::string_view kBuiltinNationalRules = R\"nytte(${content})nytte\";\n"
"}  // namespace nytte\n")
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
