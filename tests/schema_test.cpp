// The schema checker on its own: XSD patterns, simple-type values, and content models
// compiled from small inline schemas.
#include "xml/schema/schema.hpp"

#include <catch2/catch.hpp>
#include <pugixml.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "text/whitespace.hpp"
#include "xml/schema/pattern.hpp"
#include "xml/schema/simple_type.hpp"
#include "xml/schema/uri.hpp"
#include "xml/xml_document.hpp"

using namespace pledgetrack::xml::schema;
namespace text = pledgetrack::text;

namespace {

bool full_match(const char* xsd_expression, std::string_view value) {
    return Pattern(xsd_expression).matches(value);
}

// A schema in the namespace urn:t, with elementFormDefault="qualified", around `body`.
std::string xsd(const std::string& body) {
    return R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t")"
           R"( targetNamespace="urn:t" elementFormDefault="qualified">)" +
           body + "</xs:schema>";
}

// The root `r` with element-only content `model` (an xs:sequence or xs:choice) over the
// elements a, b, c and d, all of type xs:string.
std::string content_model(const std::string& model) {
    return xsd(R"(<xs:element name="r"><xs:complexType>)" + model + "</xs:complexType></xs:element>");
}

// Problems found in `instance` as "element: message" (the attribute too, when there is one).
std::vector<std::string> problems(const Schema& schema, const std::string& instance) {
    pugi::xml_document document;
    REQUIRE(document.load_string(instance.c_str(), pledgetrack::xml::pugixml_parse_flags));
    std::vector<std::string> found;
    for (const SchemaProblem& problem : schema.check(document)) {
        std::string where = problem.node.type() == pugi::node_element ? problem.node.name() : "(text)";
        if (!problem.attribute.empty()) where += "@" + problem.attribute;
        found.push_back(where + ": " + problem.message);
    }
    return found;
}

using Problems = std::vector<std::string>;

const std::string sequence_model = content_model(R"(<xs:sequence>
    <xs:element name="a" type="xs:string"/>
    <xs:element name="b" type="xs:string" minOccurs="0"/>
    <xs:element name="c" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="d" type="xs:string"/>
  </xs:sequence>)");

const std::string choice_model = content_model(R"(<xs:sequence>
    <xs:element name="a" type="xs:string"/>
    <xs:choice>
      <xs:element name="b" type="xs:string"/>
      <xs:element name="c" type="xs:string"/>
    </xs:choice>
  </xs:sequence>)");

std::string root(const std::string& children) { return "<r xmlns='urn:t'>" + children + "</r>"; }

// Simple types built by hand, as the compiler would build them.
SimpleType token_type() {
    SimpleType type;
    type.whitespace = Whitespace::collapse;
    return type;
}

SimpleType id_type() {
    SimpleType type;
    type.name = "Id";
    type.documentation = "lower-case letters";
    type.pattern_steps.push_back(
        {{std::make_shared<const Pattern>("[a-z]+")}, "a valid Id (lower-case letters)"});
    return type;
}

}  // namespace

// ---- Pattern -------------------------------------------------------------------------

TEST_CASE("An XSD pattern must match the whole value, not a part of it", "[schema][pattern]") {
    CHECK(full_match("ab", "ab"));
    CHECK_FALSE(full_match("ab", "abc"));
    CHECK_FALSE(full_match("ab", "xab"));
    CHECK_FALSE(full_match("ab", "ab\n"));  // no '$' that allows a final line end
    CHECK_FALSE(full_match("ab", ""));
}

TEST_CASE("An alternation is anchored as a whole, not branch by branch", "[schema][pattern]") {
    CHECK(full_match("a|b", "a"));
    CHECK(full_match("a|b", "b"));
    CHECK_FALSE(full_match("a|b", "ab"));
    CHECK_FALSE(full_match("a|bc", "ac"));
    CHECK_FALSE(full_match("ab|c", "abc"));
}

TEST_CASE("XSD '^' and '$' are literal characters, not anchors", "[schema][pattern]") {
    CHECK(full_match("^a$", "^a$"));
    CHECK_FALSE(full_match("^a$", "a"));
    CHECK(full_match("a^b", "a^b"));
    CHECK(full_match("[$^]+", "$^$"));
    CHECK(full_match("[^$]", "x"));
    CHECK_FALSE(full_match("[^$]", "$"));
}

TEST_CASE("XSD '.' matches any character but a line feed or a carriage return", "[schema][pattern]") {
    CHECK(full_match(".", "x"));
    CHECK(full_match(".", "é"));   // one character, two bytes
    CHECK(full_match(".", "中"));  // one character, three bytes
    CHECK(full_match(".", "\t"));
    CHECK_FALSE(full_match(".", "\n"));
    CHECK_FALSE(full_match(".", "\r"));
    CHECK(full_match("[.]", "."));
    CHECK_FALSE(full_match("[.]", "x"));
}

TEST_CASE("XSD \\d matches every Unicode decimal digit, [0-9] only the ASCII ones", "[schema][pattern]") {
    CHECK(full_match("\\d", "7"));
    CHECK(full_match("\\d", "\u0663"));  // ARABIC-INDIC DIGIT THREE
    CHECK(full_match("\\d", "\uFF15"));  // FULLWIDTH DIGIT FIVE
    CHECK_FALSE(full_match("[0-9]", "\u0663"));
    CHECK_FALSE(full_match("\\d", "x"));
    CHECK(full_match("\\D", "x"));
    CHECK_FALSE(full_match("\\D", "\u0663"));
}

TEST_CASE("XSD \\s is the four XML spaces only, not U+00A0 or other Unicode spaces", "[schema][pattern]") {
    for (const char* space : {" ", "\t", "\n", "\r"}) CHECK(full_match("\\s", space));
    CHECK_FALSE(full_match("\\s", "\u00A0"));  // NO-BREAK SPACE
    CHECK_FALSE(full_match("\\s", "\u2003"));  // EM SPACE
    CHECK_FALSE(full_match("\\s", "\u3000"));  // IDEOGRAPHIC SPACE
    CHECK(full_match("\\S", "\u00A0"));
    CHECK_FALSE(full_match("\\S", " "));
}

TEST_CASE("Escaped metacharacters match themselves", "[schema][pattern]") {
    CHECK(full_match("\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\\\\\-\\^", ".*+?()[]{}|\\-^"));
    CHECK(full_match("[a\\-z]", "-"));
    CHECK_FALSE(full_match("[a\\-z]", "b"));
    CHECK(full_match("\\n\\r\\t", "\n\r\t"));
}

TEST_CASE("Character classes, ranges, negation and quantifiers mean what they mean in XSD",
          "[schema][pattern]") {
    CHECK(full_match("[a-c]{2,3}", "abc"));
    CHECK_FALSE(full_match("[a-c]{2,3}", "a"));
    CHECK_FALSE(full_match("[a-c]{2,3}", "abca"));
    CHECK(full_match("x{2}", "xx"));
    CHECK(full_match("x{2,}", "xxxxx"));
    CHECK_FALSE(full_match("x{2,}", "x"));
    CHECK(full_match("[^a-c]", "é"));
    CHECK_FALSE(full_match("[^a-c]", "b"));
    CHECK(full_match("(ab)+c?", "ababc"));
    CHECK(full_match("a*", ""));
}

TEST_CASE("The pledge schema's own patterns accept and refuse what they should", "[schema][pattern]") {
    const Pattern id("[a-z0-9]([a-z0-9._\\-]*[a-z0-9])?");
    CHECK(id.matches("2024-08-19-talks.s1"));
    CHECK(id.matches("a"));
    CHECK_FALSE(id.matches("a-"));
    CHECK_FALSE(id.matches("Rail"));
    const Pattern text("[\\s\\S]*\\S[\\s\\S]*");
    CHECK(text.matches(" \n x \n"));
    CHECK(text.matches("\u00A0"));  // not blank in XSD's sense
    CHECK_FALSE(text.matches(" \t\r\n"));
    CHECK_FALSE(text.matches(""));
    const Pattern url("https?://\\S+");
    CHECK(url.matches("https://example.org/a?b=c"));
    CHECK_FALSE(url.matches("https://example.org/a b"));
    CHECK_FALSE(url.matches("ftp://example.org"));
}

TEST_CASE("A pattern keeps the XSD expression it was made from", "[schema][pattern]") {
    CHECK(Pattern("[a-z]+").expression() == "[a-z]+");
}

TEST_CASE("XSD patterns are translated to anchored PCRE2 with literal ^ and $", "[schema][pattern]") {
    CHECK(translate_to_pcre2("a|b") == "(?:a|b)\\z");
    CHECK(translate_to_pcre2("^x$") == "(?:\\^x\\$)\\z");
    CHECK(translate_to_pcre2("[^$]") == "(?:[^$])\\z");
    CHECK(translate_to_pcre2("a.b") == "(?:a[^\\n\\r]b)\\z");
    CHECK(translate_to_pcre2("[.]") == "(?:[.])\\z");
    CHECK(translate_to_pcre2("\\d+\\D") == "(?:\\p{Nd}+\\P{Nd})\\z");
    CHECK(translate_to_pcre2("\\s\\S\\.") == "(?:\\s\\S\\.)\\z");
}

TEST_CASE("Unsupported XSD regex features are refused with std::invalid_argument", "[schema][pattern]") {
    using Catch::Matchers::Message;
    CHECK_THROWS_MATCHES(Pattern("\\i\\c*"), std::invalid_argument,
                         Message("pattern '\\i\\c*': the escape \\i is not supported"));
    CHECK_THROWS_MATCHES(Pattern("\\p{Lu}"), std::invalid_argument,
                         Message("pattern '\\p{Lu}': the escape \\p is not supported"));
    CHECK_THROWS_MATCHES(Pattern("\\P{Lu}"), std::invalid_argument,
                         Message("pattern '\\P{Lu}': the escape \\P is not supported"));
    CHECK_THROWS_MATCHES(Pattern("\\w"), std::invalid_argument,
                         Message("pattern '\\w': the escape \\w is not supported"));
    CHECK_THROWS_MATCHES(Pattern("[a-z-[aeiou]]"), std::invalid_argument,
                         Message("pattern '[a-z-[aeiou]]': character class subtraction is not supported"));
    CHECK_THROWS_MATCHES(Pattern("(?i)a"), std::invalid_argument,
                         Message("pattern '(?i)a': '(?' is not supported"));
    CHECK_THROWS_MATCHES(Pattern("a\\"), std::invalid_argument,
                         Message("pattern 'a\\': a trailing '\\' is not supported"));
    CHECK_THROWS_MATCHES(Pattern("[ab"), std::invalid_argument, Message("pattern '[ab': unclosed '['"));
    CHECK_THROWS_AS(Pattern("a{3,1}"), std::invalid_argument);  // refused by PCRE2 itself
    CHECK_THROWS_AS(translate_to_pcre2("\\p{Nd}"), std::invalid_argument);
}

// ---- Decimals, and the whitespace collapse the schema shares with the loader
// ---------------------------------------------------------

TEST_CASE("Decimals are parsed into sign and significant digits", "[schema][decimal]") {
    const auto number = parse_decimal("-007.2500");
    REQUIRE(number);
    CHECK(number->negative);
    CHECK(number->integer_digits == "7");
    CHECK(number->fraction_digits == "25");
    const auto fraction_only = parse_decimal("+.5");
    REQUIRE(fraction_only);
    CHECK_FALSE(fraction_only->negative);
    CHECK(fraction_only->integer_digits.empty());
    CHECK(fraction_only->fraction_digits == "5");
    CHECK(parse_decimal("1."));
    CHECK(parse_decimal("0"));
}

TEST_CASE("Text that is not an XSD decimal is not parsed", "[schema][decimal]") {
    for (const char* text :
         {"", "+", "-", ".", "abc", "1e5", "1.2.3", " 1", "1 ", "0x10", "--1", "1,5", "\u0663", "NaN", "INF"})
        CHECK_FALSE(parse_decimal(text));
}

TEST_CASE("Negative zero is zero, and has no sign", "[schema][decimal]") {
    const auto minus_zero = parse_decimal("-0.000");
    REQUIRE(minus_zero);
    CHECK_FALSE(minus_zero->negative);
    CHECK(compare(*minus_zero, *parse_decimal("0")) == 0);
    CHECK(compare(*parse_decimal("-0"), *parse_decimal("+0")) == 0);
}

TEST_CASE("Leading and trailing zeros do not change a decimal's value", "[schema][decimal]") {
    CHECK(compare(*parse_decimal("001.500"), *parse_decimal("1.5")) == 0);
    CHECK(compare(*parse_decimal("1.0"), *parse_decimal("1")) == 0);
    CHECK(compare(*parse_decimal("0.10"), *parse_decimal(".1")) == 0);
    CHECK(compare(*parse_decimal("0100"), *parse_decimal("100")) == 0);
}

TEST_CASE("Decimals are compared exactly, beyond what a double can tell apart", "[schema][decimal]") {
    CHECK(compare(*parse_decimal("1.0000000000000000001"), *parse_decimal("1")) > 0);
    CHECK(compare(*parse_decimal("0.9999999999999999999"), *parse_decimal("1")) < 0);
    CHECK(compare(*parse_decimal("12345678901234567890123"), *parse_decimal("12345678901234567890124")) < 0);
    CHECK(compare(*parse_decimal("10"), *parse_decimal("9.99")) > 0);    // more integer digits
    CHECK(compare(*parse_decimal("0.6"), *parse_decimal("0.51")) > 0);   // fraction digits
    CHECK(compare(*parse_decimal("-0.5"), *parse_decimal("-0.4")) < 0);  // sign reverses order
    CHECK(compare(*parse_decimal("-1"), *parse_decimal("0")) < 0);
    CHECK(compare(*parse_decimal("0.001"), *parse_decimal("-1000")) > 0);
}

TEST_CASE("Collapsing whitespace joins runs of XML spaces and trims the ends", "[schema][whitespace]") {
    std::string storage;
    CHECK(text::collapse_whitespace("  a \t\r\n b  ", storage) == "a b");
    CHECK(text::collapse_whitespace(" \n\t ", storage).empty());
    CHECK(text::collapse_whitespace("a\tb", storage) == "a b");
    CHECK(text::collapse_whitespace("a\u00A0 b", storage) == "a\u00A0 b");  // U+00A0 is not an XML space
}

TEST_CASE("Collapsing whitespace returns the same view, not a copy, when nothing changes",
          "[schema][whitespace]") {
    std::string storage = "untouched";
    const std::string_view value = "a b c";
    const std::string_view collapsed = text::collapse_whitespace(value, storage);
    CHECK(collapsed.data() == value.data());
    CHECK(collapsed.size() == value.size());
    CHECK(storage == "untouched");
    const std::string_view empty;
    CHECK(text::collapse_whitespace(empty, storage).data() == empty.data());
}

// ---- SimpleType ----------------------------------------------------------------------

TEST_CASE("An enumeration lists its values when a value is not one of them", "[schema][simple-type]") {
    SimpleType side = token_type();
    side.enumeration = {"CN", "VN", "joint"};
    CHECK_FALSE(side.problem_with(" CN "));
    CHECK(side.problem_with("cn") == "'cn' is not one of: CN, VN, joint");
    CHECK(side.problem_with(" U  S ") == "'U S' is not one of: CN, VN, joint");  // quoted as collapsed
    CHECK(side.description() == "one of: CN, VN, joint");
}

TEST_CASE("A pattern message names the type and says what it expects", "[schema][simple-type]") {
    const SimpleType id = id_type();
    CHECK_FALSE(id.problem_with("abc"));
    CHECK(id.problem_with("ab1") == "'ab1' is not a valid Id (lower-case letters)");
    CHECK(id.description() == "Id (lower-case letters)");
}

TEST_CASE("A list names the first bad item", "[schema][simple-type]") {
    const SimpleType id = id_type();
    SimpleType list = token_type();
    list.variety = SimpleType::Variety::list;
    list.item = &id;
    CHECK_FALSE(list.problem_with("  a   b "));
    CHECK(list.problem_with("a B c9") == "list item 'B' is not a valid Id (lower-case letters)");
}

TEST_CASE("A list's length facets count items, not characters", "[schema][simple-type]") {
    const SimpleType id = id_type();
    SimpleType list = token_type();
    list.variety = SimpleType::Variety::list;
    list.item = &id;
    list.min_length = 1;
    list.max_length = 2;
    CHECK(list.problem_with("") == "the list has 0 items; at least 1 needed");
    CHECK(list.problem_with(" \t ") == "the list has 0 items; at least 1 needed");
    CHECK_FALSE(list.problem_with("abcdefghij klmnopqrstu"));
    CHECK(list.problem_with("a b c") == "the list has 3 items; at most 2 allowed");
    list.max_length = 0;
    CHECK(list.problem_with("a") == "the list has 1 item; at most 0 allowed");
}

TEST_CASE("A union accepts a value any member accepts and names every member otherwise",
          "[schema][simple-type]") {
    const SimpleType id = id_type();
    SimpleType year = token_type();
    year.documentation = "a year";
    year.pattern_steps.push_back({{std::make_shared<const Pattern>("[0-9]{4}")}, "a year"});
    SimpleType flag = token_type();
    flag.enumeration = {"none"};
    SimpleType either;
    either.variety = SimpleType::Variety::union_of;
    either.members = {&id, &year, &flag};
    CHECK_FALSE(either.problem_with("abc"));
    CHECK_FALSE(either.problem_with("2024"));
    CHECK_FALSE(either.problem_with(" none "));  // the member's own whitespace rule applies
    CHECK(either.problem_with("X1") == "'X1' is none of: Id (lower-case letters); a year; one of: none");
}

TEST_CASE("Length facets count characters, not bytes", "[schema][simple-type]") {
    SimpleType text;
    text.min_length = 2;
    text.max_length = 3;
    CHECK_FALSE(text.problem_with("Hà"));
    CHECK_FALSE(text.problem_with("Nội"));
    CHECK_FALSE(text.problem_with("中国人"));
    CHECK(text.problem_with("中") == "'中' is 1 character long; at least 2 needed");
    CHECK(text.problem_with("Việt") == "'Việt' is 4 characters long; at most 3 allowed");
}

TEST_CASE("A long value is quoted cut at 60 bytes, on a character boundary", "[schema][simple-type]") {
    SimpleType text;
    text.max_length = 10;
    const std::string value = std::string(59, 'a') + "ệ" + "bbbbb";  // 'ệ' spans bytes 59-61
    CHECK(text.problem_with(value) ==
          "'" + std::string(59, 'a') + "…' is 65 characters long; at most 10 allowed");
}

TEST_CASE("Numeric bounds are checked exactly, with their messages", "[schema][simple-type]") {
    SimpleType confidence;
    confidence.primitive = Primitive::decimal;
    confidence.whitespace = Whitespace::collapse;
    confidence.min_inclusive = "0";
    confidence.max_inclusive = "1";
    for (const char* value : {"0", "1", "1.0", "+0.5", "-0", ".5", "1.", " 0.25 ", "0000.1000"})
        CHECK_FALSE(confidence.problem_with(value));
    CHECK(confidence.problem_with("1.0000000000000000001") ==
          "'1.0000000000000000001' is more than the maximum, 1");
    CHECK(confidence.problem_with("-0.0000001") == "'-0.0000001' is less than the minimum, 0");
    CHECK(confidence.problem_with("abc") == "'abc' is not a decimal number");
    CHECK(confidence.problem_with("1e0") == "'1e0' is not a decimal number");
}

TEST_CASE("Integers refuse a decimal point, even with nothing after it", "[schema][simple-type]") {
    SimpleType offset;
    offset.primitive = Primitive::integer;
    offset.whitespace = Whitespace::collapse;
    offset.min_inclusive = "0";
    for (const char* value : {"0", "+0", "-0", "007", " 12 "}) CHECK_FALSE(offset.problem_with(value));
    CHECK(offset.problem_with("1.") == "'1.' is not a whole number");
    CHECK(offset.problem_with("1.0") == "'1.0' is not a whole number");
    CHECK(offset.problem_with("-1") == "'-1' is less than the minimum, 0");
}

TEST_CASE("Booleans are true, false, 1 or 0, after collapsing whitespace", "[schema][simple-type]") {
    SimpleType flag;
    flag.primitive = Primitive::boolean;
    flag.whitespace = Whitespace::collapse;
    for (const char* value : {"true", "false", "1", "0", " true\n"}) CHECK_FALSE(flag.problem_with(value));
    CHECK(flag.problem_with("yes") == "'yes' is not a boolean (true, false, 1 or 0)");
    CHECK(flag.problem_with("TRUE") == "'TRUE' is not a boolean (true, false, 1 or 0)");
}

TEST_CASE("A string type keeps its whitespace: patterns see it", "[schema][simple-type]") {
    SimpleType date;
    date.name = "FullDate";
    date.pattern_steps.push_back(
        {{std::make_shared<const Pattern>("[0-9]{4}-[0-9]{2}-[0-9]{2}")}, "a valid FullDate (YYYY-MM-DD)"});
    CHECK_FALSE(date.problem_with("2024-08-19"));
    CHECK(date.problem_with(" 2024-08-19") == "' 2024-08-19' is not a valid FullDate (YYYY-MM-DD)");
}

TEST_CASE("A value must match one pattern of every derivation step", "[schema][simple-type]") {
    SimpleType type;
    type.pattern_steps.push_back(
        {{std::make_shared<const Pattern>("a.*"), std::make_shared<const Pattern>("b.*")}, "step one"});
    type.pattern_steps.push_back({{std::make_shared<const Pattern>(".{2}")}, "step two"});
    CHECK_FALSE(type.problem_with("ax"));
    CHECK_FALSE(type.problem_with("bx"));
    CHECK(type.problem_with("cx") == "'cx' is not step one");
    CHECK(type.problem_with("axx") == "'axx' is not step two");
}

// ---- Schema: content models ----------------------------------------------------------

TEST_CASE("A sequence takes its optional and repeated parts in order", "[schema][content]") {
    const Schema schema(sequence_model);
    CHECK(problems(schema, root("<a/><d/>")).empty());
    CHECK(problems(schema, root("<a/><b/><d/>")).empty());
    CHECK(problems(schema, root("<a/><c/><c/><c/><d/>")).empty());
    CHECK(problems(schema, root("<a/><b/><c/><d/>")).empty());
    CHECK(problems(schema, root(" <a/>\n <d/>\t")).empty());  // whitespace between children
}

TEST_CASE("A child that comes too late is not expected here, with what was expected", "[schema][content]") {
    const Schema schema(sequence_model);
    CHECK(problems(schema, root("<b/><a/><d/>")) ==
          Problems{"b: 'b' is not expected here in 'r'; expected 'a'"});
    CHECK(problems(schema, root("<a/><c/><b/><d/>")) ==
          Problems{"b: 'b' is not expected here in 'r'; expected 'c' or 'd'"});
    CHECK(problems(schema, root("<a/><d/><d/>")) ==
          Problems{"d: 'd' is not expected here in 'r'; expected the end of 'r'"});
}

TEST_CASE("The expected list names every element that may come next, then the end if allowed",
          "[schema][content]") {
    const Schema schema(content_model(R"(<xs:sequence>
        <xs:element name="a" type="xs:string"/>
        <xs:element name="b" type="xs:string" minOccurs="0"/>
        <xs:element name="c" type="xs:string" minOccurs="0"/>
      </xs:sequence>)"));
    CHECK(problems(schema, root("<a/><x/>")) ==
          Problems{"x: 'x' is not expected here in 'r'; expected 'b', 'c' or the end of 'r'"});
    CHECK(problems(schema, root("<a/><b/><b/>")) ==
          Problems{"b: 'b' is not expected here in 'r'; expected 'c' or the end of 'r'"});
}

TEST_CASE("Content that stops before a required child ends too early", "[schema][content]") {
    const Schema schema(sequence_model);
    CHECK(problems(schema, root("")) == Problems{"r: 'r' ends too early; expected 'a'"});
    CHECK(problems(schema, root("<a/>")) == Problems{"r: 'r' ends too early; expected 'b', 'c' or 'd'"});
    CHECK(problems(schema, root("<a/><c/>")) == Problems{"r: 'r' ends too early; expected 'c' or 'd'"});
}

TEST_CASE("A choice takes exactly one of its elements", "[schema][content]") {
    const Schema schema(choice_model);
    CHECK(problems(schema, root("<a/><b/>")).empty());
    CHECK(problems(schema, root("<a/><c/>")).empty());
    CHECK(problems(schema, root("<a/><b/><c/>")) ==
          Problems{"c: 'c' is not expected here in 'r'; expected the end of 'r'"});
    CHECK(problems(schema, root("<a/>")) == Problems{"r: 'r' ends too early; expected 'b' or 'c'"});
}

TEST_CASE("A repeated optional choice takes its elements in any order and number", "[schema][content]") {
    const Schema schema(content_model(R"(<xs:choice minOccurs="0" maxOccurs="unbounded">
        <xs:element name="a" type="xs:string"/>
        <xs:element name="b" type="xs:string"/>
      </xs:choice>)"));
    CHECK(problems(schema, root("")).empty());
    CHECK(problems(schema, root("<b/><a/><b/><b/>")).empty());
    CHECK(problems(schema, root("<a/><c/>")) ==
          Problems{"c: 'c' is not expected here in 'r'; expected 'a', 'b' or the end of 'r'"});
}

TEST_CASE("A repeated sequence starts again only after its last required part", "[schema][content]") {
    const Schema schema(content_model(R"(<xs:sequence maxOccurs="unbounded">
        <xs:element name="a" type="xs:string"/>
        <xs:element name="b" type="xs:string" minOccurs="0"/>
      </xs:sequence>)"));
    CHECK(problems(schema, root("<a/><a/><b/><a/>")).empty());
    CHECK(problems(schema, root("<a/><b/><b/>")) ==
          Problems{"b: 'b' is not expected here in 'r'; expected 'a' or the end of 'r'"});
}

TEST_CASE("After a misplaced child the later children are still checked by their declarations",
          "[schema][content]") {
    const Schema schema(xsd(R"(<xs:element name="r"><xs:complexType><xs:sequence>
        <xs:element name="a" type="xs:string"/>
        <xs:element name="n" type="xs:integer"/>
      </xs:sequence></xs:complexType></xs:element>)"));
    // Out of order, then a value error: both are reported; the content is not said to end
    // too early, as where it stands in the model is no longer known.
    CHECK(problems(schema, root("<n>x</n><a/>")) ==
          Problems{"n: 'n' is not expected here in 'r'; expected 'a'",
                   "n: text of 'n': 'x' is not a whole number"});
    CHECK(problems(schema, root("<z/><n>1.5</n>")) ==
          Problems{"z: 'z' is not expected here in 'r'; expected 'a'",
                   "n: text of 'n': '1.5' is not a whole number"});
}

TEST_CASE("Text directly in element-only content is refused, whitespace is not", "[schema][content]") {
    const Schema schema(sequence_model);
    CHECK(problems(schema, root("<a/>words<d/>")) == Problems{"(text): text is not allowed directly in 'r'"});
    CHECK(problems(schema, root("<a/><![CDATA[x]]><d/>")) ==
          Problems{"(text): text is not allowed directly in 'r'"});
    CHECK(problems(schema, root("<a/>\u00A0<d/>")) ==
          Problems{"(text): text is not allowed directly in 'r'"});
    CHECK(problems(schema, root("<a/> \n\t<d/>")).empty());
}

TEST_CASE("A child in another namespace does not match a declaration of the same name", "[schema][content]") {
    const Schema schema(sequence_model);
    CHECK(problems(schema, root("<a xmlns=''/><d/>")) ==
          Problems{"a: 'a' (in no namespace) is not expected here in 'r'; expected 'a'"});
    CHECK(problems(schema, root("<a xmlns='urn:other'/><d/>")) ==
          Problems{"a: 'a' (in namespace urn:other) is not expected here in 'r'; expected 'a'"});
    CHECK(problems(schema, "<p:r xmlns:p='urn:t'><p:a/><d xmlns='urn:t'/></p:r>").empty());
}

TEST_CASE("The root must be a global element in its namespace", "[schema][content]") {
    const Schema schema(sequence_model);
    CHECK(problems(schema, "<r><a/><d/></r>") ==
          Problems{
              "r: the root element 'r' (in no namespace) is not expected; expected 'r' in namespace urn:t"});
    CHECK(problems(schema, "<a xmlns='urn:t'/>") ==
          Problems{"a: the root element 'a' is not expected; expected 'r' in namespace urn:t"});
}

TEST_CASE("Elements of simple type hold text only and take no attributes", "[schema][content]") {
    const Schema schema(sequence_model);
    CHECK(problems(schema, root("<a>x<!-- c -->y</a><d><![CDATA[<z>]]></d>")).empty());
    CHECK(problems(schema, root("<a>x<b/></a><d/>")) ==
          Problems{"b: 'b' is not allowed in 'a', which holds text only"});
    CHECK(problems(schema, root("<a k='1'/><d/>")) == Problems{"a@k: attribute 'k' is not allowed on 'a'"});
}

TEST_CASE("An empty complex type refuses text and elements inside", "[schema][content]") {
    const Schema schema(xsd(R"(<xs:element name="r"><xs:complexType>
        <xs:attribute name="k" type="xs:string"/>
      </xs:complexType></xs:element>)"));
    CHECK(problems(schema, root("")).empty());
    CHECK(problems(schema, root("<!-- a comment -->")).empty());
    CHECK(problems(schema, root("x")) == Problems{"r: 'r' must be empty"});
    CHECK(problems(schema, root("<a/>")) == Problems{"a: 'r' must be empty"});
    CHECK(problems(schema, root("  ")) == Problems{"r: 'r' must be empty"});
    CHECK(problems(schema, root("<![CDATA[ ]]>")) == Problems{"r: 'r' must be empty"});
}

TEST_CASE("Text split by comments, or with CR LF line ends, is checked as XML reads it",
          "[schema][content]") {
    const Schema schema(xsd(R"(<xs:element name="r"><xs:simpleType><xs:restriction base="xs:string">
        <xs:pattern value="a\nb|abcd"/></xs:restriction></xs:simpleType></xs:element>)"));
    CHECK(problems(schema, root("ab<!-- c -->cd")).empty());
    CHECK(problems(schema, root("a\r\nb")).empty());
    CHECK(problems(schema, root("a\rb")).empty());
    CHECK(problems(schema, root("a&#13;\nb")).size() == 1);  // a CR written as a reference stays a CR
    CHECK(problems(schema, root("a\r\n\nb")) == Problems{"r: text of 'r': 'a\n\nb' is not valid (pattern a\\nb|abcd)"});
}

// ---- Schema: attributes --------------------------------------------------------------

TEST_CASE("Attributes are checked against their declarations", "[schema][attributes]") {
    const Schema schema(xsd(R"(<xs:element name="r"><xs:complexType>
        <xs:attribute name="n" type="xs:nonNegativeInteger" use="required"/>
        <xs:attribute name="flag" type="xs:boolean"/>
      </xs:complexType></xs:element>)"));
    CHECK(problems(schema, "<r xmlns='urn:t' n=' 3 ' flag='0'/>").empty());
    CHECK(problems(schema, "<r xmlns='urn:t' flag='1'/>") ==
          Problems{"r: 'r' is missing the required attribute 'n'"});
    CHECK(problems(schema, "<r xmlns='urn:t' n='-1'/>") ==
          Problems{"r@n: attribute 'n' of 'r': '-1' is less than the minimum, 0"});
    CHECK(problems(schema, "<r xmlns='urn:t' n='1' other='x'/>") ==
          Problems{"r@other: attribute 'other' is not allowed on 'r'"});
}

TEST_CASE("Attributes in a namespace are refused, except the xsi schema-location hints",
          "[schema][attributes]") {
    const Schema schema(xsd(R"(<xs:element name="r"><xs:complexType>
        <xs:attribute name="n" type="xs:string"/>
      </xs:complexType></xs:element>)"));
    const std::string xsi = " xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'";
    CHECK(problems(schema, "<r xmlns='urn:t'" + xsi + " xsi:schemaLocation='urn:t t.xsd'/>").empty());
    CHECK(problems(schema, "<r xmlns='urn:t'" + xsi + " xsi:noNamespaceSchemaLocation='t.xsd'/>").empty());
    CHECK(problems(schema, "<r xmlns='urn:t'" + xsi + " xsi:nil='true'/>") ==
          Problems{"r@xsi:nil: attribute 'xsi:nil' is not allowed on 'r'"});
    CHECK(problems(schema, "<r xmlns='urn:t' xml:lang='en'/>") ==
          Problems{"r@xml:lang: attribute 'xml:lang' is not allowed on 'r'"});
    // attributeFormDefault is unqualified: 'n' in the target namespace is another attribute.
    CHECK(problems(schema, "<r xmlns='urn:t' xmlns:t='urn:t' t:n='x'/>") ==
          Problems{"r@t:n: attribute 't:n' is not allowed on 'r'"});
    // A prefix bound to the xsi namespace under another name is still the xsi namespace.
    CHECK(problems(schema,
                   "<r xmlns='urn:t' xmlns:i='http://www.w3.org/2001/XMLSchema-instance' "
                   "i:schemaLocation='urn:t t.xsd'/>")
              .empty());
}

// ---- Schema: simple types from an XSD ------------------------------------------------

TEST_CASE("Simple types derived in an XSD keep their base's facets and add their own",
          "[schema][simple-type]") {
    const Schema schema(xsd(R"(
      <xs:simpleType name="Code">
        <xs:annotation><xs:documentation>two or three letters</xs:documentation></xs:annotation>
        <xs:restriction base="xs:token"><xs:pattern value="[A-Z]{2,3}"/></xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="ShortCode">
        <xs:restriction base="t:Code"><xs:maxLength value="2"/></xs:restriction>
      </xs:simpleType>
      <xs:element name="r" type="t:ShortCode"/>)"));
    CHECK(problems(schema, "<r xmlns='urn:t'> VN </r>").empty());
    CHECK(problems(schema, "<r xmlns='urn:t'>vn</r>") ==
          Problems{"r: text of 'r': 'vn' is not a valid Code (two or three letters)"});
    CHECK(problems(schema, "<r xmlns='urn:t'>CHN</r>") ==
          Problems{"r: text of 'r': 'CHN' is 3 characters long; at most 2 allowed"});
}

TEST_CASE("xs:language takes language tags", "[schema][simple-type]") {
    const Schema schema(xsd(R"(<xs:element name="r" type="xs:language"/>)"));
    for (const char* tag : {"en", "zh-Hans", "vi-VN", "x-klingon", " en "})
        CHECK(problems(schema, std::string("<r xmlns='urn:t'>") + tag + "</r>").empty());
    CHECK(problems(schema, "<r xmlns='urn:t'>english language</r>") ==
          Problems{"r: text of 'r': 'english language' is not a language tag such as en or zh-Hans"});
    CHECK(problems(schema, "<r xmlns='urn:t'>toolongtag</r>") ==
          Problems{"r: text of 'r': 'toolongtag' is not a language tag such as en or zh-Hans"});
    CHECK(problems(schema, "<r xmlns='urn:t'>en-</r>") ==
          Problems{"r: text of 'r': 'en-' is not a language tag such as en or zh-Hans"});
}

// ---- Schema: what is refused when compiled -------------------------------------------

TEST_CASE("Unsupported XSD features are refused when the schema is compiled", "[schema][compile]") {
    using Catch::Matchers::Message;
    const auto element_with = [](const std::string& type_body) {
        return xsd("<xs:element name='r'><xs:complexType>" + type_body + "</xs:complexType></xs:element>");
    };
    CHECK_THROWS_MATCHES(Schema(element_with("<xs:all><xs:element name='a' type='xs:string'/></xs:all>")),
                         std::invalid_argument, Message("XSD: xs:all in a complex type is not supported"));
    CHECK_THROWS_MATCHES(
        Schema(
            element_with("<xs:sequence><xs:element name='a' type='xs:string' maxOccurs='3'/></xs:sequence>")),
        std::invalid_argument, Message("XSD: maxOccurs=\"3\" is not supported"));
    CHECK_THROWS_MATCHES(Schema(element_with("<xs:sequence><xs:element name='a' type='xs:string' "
                                             "minOccurs='2' maxOccurs='unbounded'/></xs:sequence>")),
                         std::invalid_argument, Message("XSD: minOccurs=\"2\" is not supported"));
    CHECK_THROWS_MATCHES(Schema(xsd("<xs:element name='r'><xs:complexType "
                                    "mixed='true'><xs:sequence/></xs:complexType></xs:element>")),
                         std::invalid_argument, Message("XSD: mixed content is not supported"));
    CHECK_THROWS_MATCHES(
        Schema(element_with("<xs:complexContent><xs:extension base='t:T'/></xs:complexContent>")),
        std::invalid_argument, Message("XSD: xs:complexContent in a complex type is not supported"));
    CHECK_THROWS_MATCHES(Schema(element_with("<xs:attribute ref='t:a'/>")), std::invalid_argument,
                         Message("XSD: xs:attribute with ref is not supported"));
    CHECK_THROWS_MATCHES(Schema(element_with("<xs:attribute name='a' type='xs:string' fixed='x'/>")),
                         std::invalid_argument, Message("XSD: xs:attribute with fixed is not supported"));
    CHECK_THROWS_MATCHES(Schema(element_with("<xs:attribute name='a' type='xs:string' form='qualified'/>")),
                         std::invalid_argument, Message("XSD: xs:attribute with form is not supported"));
    CHECK_THROWS_MATCHES(
        Schema(element_with("<xs:sequence><xs:element name='a' type='xs:string' form='unqualified'/></xs:sequence>")),
        std::invalid_argument, Message("XSD: xs:element with form is not supported"));
    CHECK_THROWS_MATCHES(Schema(element_with("<xs:attribute name='a' type='xs:string' use='prohibited'/>")),
                         std::invalid_argument, Message("XSD: use=\"prohibited\" is not supported"));
    CHECK_THROWS_MATCHES(Schema(element_with("<xs:anyAttribute/>")), std::invalid_argument,
                         Message("XSD: xs:anyAttribute in a complex type is not supported"));
    CHECK_THROWS_MATCHES(Schema(element_with("<xs:sequence><xs:any/></xs:sequence>")), std::invalid_argument,
                         Message("XSD: xs:any in a content model is not supported"));
    CHECK_THROWS_MATCHES(Schema(element_with("<xs:sequence><xs:element ref='t:a'/></xs:sequence>")),
                         std::invalid_argument, Message("XSD: xs:element with ref is not supported"));
}

TEST_CASE("Unsupported types, facets and top-level declarations are refused", "[schema][compile]") {
    using Catch::Matchers::Message;
    CHECK_THROWS_MATCHES(Schema(xsd("<xs:element name='r' type='xs:dateTime'/>")), std::invalid_argument,
                         Message("XSD: the type xs:dateTime is not supported"));
    CHECK_THROWS_MATCHES(Schema(xsd("<xs:simpleType name='S'><xs:restriction base='xs:string'><xs:length "
                                    "value='2'/></xs:restriction></xs:simpleType>"
                                    "<xs:element name='r' type='t:S'/>")),
                         std::invalid_argument, Message("XSD: the facet xs:length is not supported"));
    CHECK_THROWS_MATCHES(
        Schema(xsd("<xs:simpleType name='S'><xs:restriction base='xs:string'><xs:minInclusive "
                   "value='1'/></xs:restriction></xs:simpleType>"
                   "<xs:element name='r' type='t:S'/>")),
        std::invalid_argument,
        Message("XSD: xs:minInclusive on a type that is not a number is not supported"));
    CHECK_THROWS_MATCHES(Schema(xsd("<xs:attribute name='a' type='xs:string'/>")), std::invalid_argument,
                         Message("XSD: top-level xs:attribute is not supported"));
    CHECK_THROWS_MATCHES(Schema(xsd("<xs:import namespace='urn:x'/>")), std::invalid_argument,
                         Message("XSD: top-level xs:import is not supported"));
    CHECK_THROWS_MATCHES(
        Schema(xsd("<xs:element name='r'><xs:simpleType><xs:restriction base='xs:string'><xs:pattern "
                   "value='\\p{L}'/></xs:restriction></xs:simpleType></xs:element>")),
        std::invalid_argument, Message("pattern '\\p{L}': the escape \\p is not supported"));
}

TEST_CASE("A content model that is not deterministic is refused", "[schema][compile]") {
    using Catch::Matchers::Message;
    CHECK_THROWS_MATCHES(
        Schema(content_model("<xs:sequence><xs:element name='a' type='xs:string' minOccurs='0'/>"
                             "<xs:element name='a' type='xs:string'/></xs:sequence>")),
        std::invalid_argument, Message("XSD: ambiguous content model around 'a'"));
    CHECK_THROWS_MATCHES(
        Schema(
            content_model("<xs:choice><xs:element name='a' type='xs:string'/>"
                          "<xs:sequence><xs:element name='a' type='xs:string'/></xs:sequence></xs:choice>")),
        std::invalid_argument, Message("XSD: ambiguous content model around 'a'"));
    // The same name twice is fine when one can never be next where the other is.
    CHECK_NOTHROW(
        Schema(content_model("<xs:sequence><xs:element name='a' type='xs:string'/>"
                             "<xs:element name='a' type='xs:string' minOccurs='0'/></xs:sequence>")));
}

TEST_CASE("The XSD must be an xs:schema document", "[schema][compile]") {
    using Catch::Matchers::Message;
    CHECK_THROWS_AS(Schema("<xs:schema"), std::invalid_argument);
    CHECK_THROWS_MATCHES(Schema(R"(<xs:element xmlns:xs="http://www.w3.org/2001/XMLSchema"/>)"),
                         std::invalid_argument, Message("XSD: the root element is not xs:schema"));
    CHECK_THROWS_MATCHES(Schema("<schema/>"), std::invalid_argument,
                         Message("XSD: the XML Schema namespace is not declared"));
    CHECK_THROWS_MATCHES(Schema(R"(<schema xmlns="urn:other"><element name="r" type="string"/></schema>)"),
                         std::invalid_argument, Message("XSD: the XML Schema namespace is not declared"));
}

TEST_CASE("Patterns and enumerations on list and union types are refused", "[schema][compile]") {
    using Catch::Matchers::Message;
    CHECK_THROWS_MATCHES(Schema(xsd(R"(<xs:simpleType name="L"><xs:list itemType="xs:token"/></xs:simpleType>
        <xs:simpleType name="E"><xs:restriction base="t:L"><xs:enumeration value="x y"/></xs:restriction></xs:simpleType>
        <xs:element name="r" type="t:E"/>)")),
                         std::invalid_argument, Message("XSD: xs:enumeration or xs:pattern on a list or union type is not supported"));
}

// ---- xs:anyURI -------------------------------------------------------------------------

TEST_CASE("URI references of every RFC 3986 form are anyURI values", "[schema][uri]") {
    using pledgetrack::xml::schema::is_any_uri;
    for (const char* uri : {"", "https://example.org", "https://user:pw@example.org:8080/a/b?x=1&y=%20#top",
                            "http://[2001:db8::1]/x", "urn:pledgetrack:pledges", "mailto:desk@example.org",
                            "../readouts/2024.html", "/a:b", "?q", "#f", "https://vi.wikipedia.org/wiki/Hà_Nội",
                            "https://example.org/a b", "https://example.org:2147483647/",
                            "https://example.org:00000000002147483647/"})
        DYNAMIC_SECTION(uri) { CHECK(is_any_uri(uri)); }
}

TEST_CASE("Broken escapes, stray delimiters and bad schemes are not anyURI values", "[schema][uri]") {
    using pledgetrack::xml::schema::is_any_uri;
    for (const char* uri : {"http://%", "https://example.org/%zz", "https://example.org/%2", "a#b#c",
                            "https://example.org:80a/", "https://exa[mple.org/", "http://[::1/", "1http://x",
                            "https://example.org:/a", "http://[::1]:/", "https://example.org:2147483648/",
                            "https://example.org:99999999999999999999999/"})
        DYNAMIC_SECTION(uri) { CHECK_FALSE(is_any_uri(uri)); }
}
