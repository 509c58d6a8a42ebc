#include "xml/xml_document.hpp"

#include "diagnostics/rules.hpp"
#include "text/utf8.hpp"
#include "text/whitespace.hpp"

#include <cstdio>
#include <future>
#include <optional>
#include <vector>

namespace pledgetrack::xml {
namespace {

namespace rule = diagnostics::rule;

// Files at least this large have their well-formedness check run on a second thread.
constexpr std::size_t parallel_check_threshold = 1024 * 1024;

// Offset of attribute `name` inside the start tag that begins at `tag`, or npos.
std::size_t find_attribute(std::string_view text, std::size_t tag, std::string_view name) {
    std::size_t i = tag + 1;
    while (i < text.size() && !text::is_xml_space(text[i]) && text[i] != '>' && text[i] != '/') ++i;
    while (i < text.size()) {
        while (i < text.size() && text::is_xml_space(text[i])) ++i;
        if (i >= text.size() || text[i] == '>' || text[i] == '/') return std::string_view::npos;
        const std::size_t start = i;
        while (i < text.size() && !text::is_xml_space(text[i]) && text[i] != '=') ++i;
        if (text.substr(start, i - start) == name) return start;
        while (i < text.size() && text[i] != '"' && text[i] != '\'') ++i;
        if (i >= text.size()) return std::string_view::npos;
        const std::size_t close = text.find(text[i], i + 1);
        if (close == std::string_view::npos) return std::string_view::npos;
        i = close + 1;
    }
    return std::string_view::npos;
}

// pugixml reports a bad tag at its name; point at the tag's '<' instead.
std::size_t tag_start(std::string_view text, std::size_t offset) {
    for (std::size_t back = 0; back < 2 && offset > 0; ++back) {
        const char previous = text[offset - 1];
        if (previous != '<' && previous != '/') break;
        --offset;
        if (previous == '<') break;
    }
    return offset;
}

// The name in a message of the form `lead` NAME `tail`..., where NAME holds no `stop`
// character; empty when the message is not of that form. Plain string matching: a
// backtracking regex recursed once per character and overflowed the stack on long names.
std::string_view name_between(std::string_view message, std::string_view lead, char stop, std::string_view tail) {
    if (!message.starts_with(lead)) return {};
    message.remove_prefix(lead.size());
    const std::size_t end = message.find(stop);
    if (end == 0 || end == std::string_view::npos || !message.substr(end).starts_with(tail)) return {};
    return message.substr(0, end);
}

// libxml2 reports some errors where its parser stopped; move back, on the same line, to
// where the problem starts. Returns the offset unchanged when nothing better is found.
std::size_t problem_start(std::string_view text, std::size_t offset, const std::string& message) {
    const std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    const std::string_view before = text.substr(0, offset);
    auto last = [&](const std::string& needle, std::size_t shift) {
        const std::size_t found = before.rfind(needle);
        const bool same_line = found != std::string_view::npos && (line_start == std::string_view::npos || found > line_start);
        return same_line ? found + shift : offset;
    };
    if (const auto entity = name_between(message, "Entity '", '\'', "' not defined"); !entity.empty())
        return last("&" + std::string(entity) + ";", 0);
    if (const auto attribute = name_between(message, "Attribute ", ' ', " redefined"); !attribute.empty())
        return last(" " + std::string(attribute) + "=", 1);
    if (const auto prefix = name_between(message, "Namespace prefix ", ' ', " on "); !prefix.empty()) {
        const std::string_view rest = std::string_view(message).substr(std::string_view("Namespace prefix ").size() +
                                                                       prefix.size() + std::string_view(" on ").size());
        if (const auto element = name_between(rest, "", ' ', " is not defined"); !element.empty())
            return last("<" + std::string(prefix) + ":" + std::string(element), 0);
    }
    return offset;
}

// libxml2's wording names its own parser options; say what is wrong instead.
std::string plain_message(const std::string& message) {
    if (message.starts_with("Excessive depth in document"))
        return "elements are nested more than 256 levels deep";
    return message;
}

}  // namespace

std::string_view local_name(pugi::xml_node element) {
    std::string_view name = element.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

XmlDocument::XmlDocument(std::string name, std::string bytes)
    : name_(std::move(name)), bytes_(std::move(bytes)), lines_(bytes_) {}

std::unique_ptr<XmlDocument> XmlDocument::open(std::string name, std::string bytes,
                                             const schema::Schema& schema,
                                             diagnostics::DiagnosticList& diagnostics,
                                             const std::function<void(const XmlDocument&)>& while_checking) {
    if (auto bom = text::detect_wide_bom(bytes)) {
        diagnostics.report(rule::encoding, {name, 1, 1},
                           "file is " + std::string(*bom) + "; pledge files must be UTF-8");
        return nullptr;
    }
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
    std::unique_ptr<XmlDocument> file(new XmlDocument(std::move(name), std::move(bytes)));
    if (!file->parse(schema, diagnostics, while_checking)) return nullptr;
    return file;
}

bool XmlDocument::parse(const schema::Schema& schema, diagnostics::DiagnosticList& diagnostics,
                        const std::function<void(const XmlDocument&)>& while_checking) {
    if (auto bad = text::find_invalid_utf8(bytes_)) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(bytes_[*bad]));
        diagnostics.report(rule::encoding, location_at(*bad),
                           std::string("invalid UTF-8: byte ") + byte + " does not start a valid sequence");
        return false;
    }

    if (bytes_.starts_with("PK\x03\x04")) {
        diagnostics.report(rule::xml_syntax, location_at(0),
                           "this is a ZIP archive (a workbook or .docx?), not an XML file");
        return false;
    }
    if (auto control = text::find_control_character(bytes_)) {
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned char>(bytes_[*control]));
        diagnostics.report(rule::xml_syntax, location_at(*control),
                           std::string("control character ") + code + " is not allowed in XML");
        return false;
    }

    // libxml2 reads bytes_ while pugixml parses its own copy; every return below waits
    // for the check to finish, so bytes_ outlives it. A small file is checked in this
    // thread once it is loaded: waiting for a second thread to be scheduled, on a busy
    // machine, would cost more than the check.
    const auto policy = bytes_.size() < parallel_check_threshold ? std::launch::deferred : std::launch::async;
    std::future<std::vector<SyntaxProblem>> syntax_problems =
        std::async(policy, [&] { return find_syntax_problems(bytes_, name_.str()); });
    const pugi::xml_parse_result parsed =
        document_.load_buffer(bytes_.data(), bytes_.size(), pugixml_parse_flags, pugi::encoding_utf8);
    if (!parsed) {
        // A file without any element is reported at its start, not where the parser gave up.
        const std::size_t offset = parsed.status == pugi::status_no_document_element
                                       ? 0
                                       : tag_start(bytes_, static_cast<std::size_t>(parsed.offset));
        diagnostics.report(rule::xml_syntax, location_at(offset), parsed.description());
        return false;
    }
    for (pugi::xml_node node : document_.children()) {
        if (node.type() != pugi::node_doctype) continue;
        const std::size_t offset = bytes_.rfind('<', static_cast<std::size_t>(node.offset_debug()));
        diagnostics.report(rule::xml_doctype, location_at(offset == std::string::npos ? 0 : offset),
                           "DOCTYPE declarations are not allowed in pledge files (entities are never expanded)");
        return false;
    }

    const std::vector<schema::SchemaProblem> schema_problems = schema.check(document_);
    if (schema_problems.empty() && while_checking) while_checking(*this);
    // What the schema check made of a document that is not well-formed would only confuse.
    const std::vector<SyntaxProblem> syntax = syntax_problems.get();
    if (!syntax.empty()) {
        report(syntax, diagnostics);
        return false;
    }
    report(schema_problems, diagnostics);
    return schema_problems.empty();
}

void XmlDocument::report(const std::vector<SyntaxProblem>& problems, diagnostics::DiagnosticList& diagnostics) const {
    for (const SyntaxProblem& problem : problems) {
        model::Location at{name_, problem.line, problem.column};
        if (at.line > 0 && at.column == 0)
            at.column = 1;
        else if (at.line > 0)
            at = location_at(problem_start(bytes_, lines_.offset_of({at.line, at.column}), problem.message));
        diagnostics.report(rule::xml_syntax, at, plain_message(problem.message));
    }
}

void XmlDocument::report(const std::vector<schema::SchemaProblem>& problems,
                         diagnostics::DiagnosticList& diagnostics) const {
    for (const schema::SchemaProblem& problem : problems) {
        // Elements and attributes are located at their names, text at its first visible character.
        const std::size_t blank = text::first_visible(problem.node.value());
        const model::Location at = problem.node.type() == pugi::node_element
                                       ? location_of(problem.node, problem.attribute)
                                       : location_at(static_cast<std::size_t>(problem.node.offset_debug()) + blank);
        diagnostics.report(rule::schema, at, problem.message);
    }
}

model::Location XmlDocument::location_at(std::size_t offset) const {
    const text::LineColumn position = lines_.at(offset);
    return {name_, position.line, position.column};
}

model::Location XmlDocument::location_of(pugi::xml_node element) const {
    const auto name_offset = static_cast<std::size_t>(element.offset_debug());
    return location_at(name_offset > 0 ? name_offset - 1 : 0);
}

model::Location XmlDocument::location_of(pugi::xml_node element, std::string_view attribute) const {
    const auto name_offset = static_cast<std::size_t>(element.offset_debug());
    const std::size_t tag = name_offset > 0 ? name_offset - 1 : 0;
    if (!attribute.empty()) {
        const std::size_t found = find_attribute(bytes_, tag, attribute);
        if (found != std::string_view::npos) return location_at(found);
    }
    return location_at(tag);
}

}  // namespace pledgetrack::xml
