# embed_text_file(INPUT SYMBOL OUTPUT): writes OUTPUT, a C++ file defining
#   extern const std::string_view pledgetrack::embedded::SYMBOL;
# holding INPUT's text, so the binary needs no data files at run time.
function(embed_text_file input symbol output)
  file(READ ${input} content HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
  file(WRITE ${output}.tmp
    "#include <string_view>\n"
    "namespace pledgetrack::embedded {\n"
    "static const char ${symbol}_bytes[] = {${bytes}};\n"
    "extern const std::string_view ${symbol}(${symbol}_bytes, sizeof ${symbol}_bytes);\n"
    "}\n")
  file(COPY_FILE ${output}.tmp ${output} ONLY_IF_DIFFERENT)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${input})
endfunction()
