#include "xml/schema/schema.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <stdexcept>

#include "text/whitespace.hpp"
#include "xml/schema/simple_type.hpp"
#include "xml/text_content.hpp"

namespace pledgetrack::xml::schema {
namespace {

constexpr std::string_view xsd_namespace = "http://www.w3.org/2001/XMLSchema";
constexpr std::string_view xsi_namespace = "http://www.w3.org/2001/XMLSchema-instance";
constexpr std::string_view xml_namespace = "http://www.w3.org/XML/1998/namespace";
constexpr unsigned unbounded = UINT_MAX;

std::invalid_argument unsupported(const std::string& what) {
    return std::invalid_argument("XSD: " + what + " is not supported");
}

struct QName {
    std::string_view prefix;
    std::string_view local;
};

QName split(std::string_view name) {
    const std::size_t colon = name.find(':');
    if (colon == std::string_view::npos) return {{}, name};
    return {name.substr(0, colon), name.substr(colon + 1)};
}

bool is_namespace_declaration(std::string_view attribute) {
    return attribute.starts_with("xmlns") && (attribute.size() == 5 || attribute[5] == ':');
}

std::vector<pugi::xml_node> elements_in(pugi::xml_node node) {
    std::vector<pugi::xml_node> elements;
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element) elements.push_back(child);
    return elements;
}

}  // namespace

// ---- The compiled schema -------------------------------------------------------------

struct ComplexType;

struct ElementDecl {
    std::string local;
    std::string ns;
    const SimpleType* simple = nullptr;    // an element of simple type: text, no attributes
    const ComplexType* complex = nullptr;  // otherwise
};

struct AttributeDecl {
    std::string name;
    const SimpleType* type = nullptr;
    bool required = false;
};

// The Glushkov automaton of a content model: a state is the element last matched (its
// position), or the start. The schema's Unique Particle Attribution rule makes it
// deterministic, so checking children is one lookup per child.
struct ContentModel {
    std::vector<const ElementDecl*> positions;
    std::vector<std::vector<std::size_t>> follow;  // next positions after each position
    std::vector<std::size_t> first;                // positions that may come first
    std::vector<bool> accepting;                   // may the content end after each position
    bool empty_accepted = true;

    const std::vector<std::size_t>& next(std::optional<std::size_t> state) const {
        return state ? follow[*state] : first;
    }
    bool accepts_end(std::optional<std::size_t> state) const {
        return state ? accepting[*state] : empty_accepted;
    }
    // Any declaration of this name in the model, to go on checking after a misplaced child.
    const ElementDecl* find(std::string_view local, std::string_view ns) const {
        for (const ElementDecl* decl : positions)
            if (decl->local == local && decl->ns == ns) return decl;
        return nullptr;
    }
};

struct ComplexType {
    enum class Content { empty, simple, elements };
    std::vector<AttributeDecl> attributes;
    Content content = Content::empty;
    const SimpleType* simple = nullptr;
    ContentModel model;
};

struct CompiledSchema {
    std::string target_namespace;
    std::deque<SimpleType> simple_types;
    std::deque<ComplexType> complex_types;
    std::deque<ElementDecl> elements;
    std::vector<const ElementDecl*> roots;
};

namespace {

// ---- Compiling an XSD ----------------------------------------------------------------

struct Particle {
    enum class Kind { element, sequence, choice } kind = Kind::element;
    unsigned min = 1, max = 1;
    std::vector<Particle> children;
    std::size_t position = 0;
};

struct PositionSets {
    bool nullable = false;
    std::vector<std::size_t> first, last;
};

void add_all(std::vector<std::size_t>& to, const std::vector<std::size_t>& from) {
    for (std::size_t p : from)
        if (std::find(to.begin(), to.end(), p) == to.end()) to.push_back(p);
}

PositionSets glushkov(const Particle& particle, ContentModel& model) {
    PositionSets sets;
    switch (particle.kind) {
        case Particle::Kind::element:
            sets.first = sets.last = {particle.position};
            break;
        case Particle::Kind::sequence:
            sets.nullable = true;
            for (const Particle& child : particle.children) {
                const PositionSets part = glushkov(child, model);
                for (std::size_t p : sets.last) add_all(model.follow[p], part.first);
                if (sets.nullable) add_all(sets.first, part.first);
                if (part.nullable)
                    add_all(sets.last, part.last);
                else
                    sets.last = part.last;
                sets.nullable = sets.nullable && part.nullable;
            }
            break;
        case Particle::Kind::choice:
            for (const Particle& child : particle.children) {
                const PositionSets part = glushkov(child, model);
                add_all(sets.first, part.first);
                add_all(sets.last, part.last);
                sets.nullable = sets.nullable || part.nullable;
            }
            break;
    }
    if (particle.max == unbounded)
        for (std::size_t p : sets.last) add_all(model.follow[p], sets.first);
    if (particle.min == 0) sets.nullable = true;
    return sets;
}

class Compiler {
public:
    Compiler(std::string_view xsd, CompiledSchema& model) : model_(model) {
        const pugi::xml_parse_result parsed = document_.load_buffer(xsd.data(), xsd.size());
        if (!parsed) throw std::invalid_argument(std::string("XSD: ") + parsed.description());
        const pugi::xml_node root = document_.document_element();
        for (pugi::xml_attribute attribute : root.attributes()) {
            const std::string_view name = attribute.name();
            if (name == "xmlns")
                prefixes_[""] = attribute.value();
            else if (name.starts_with("xmlns:"))
                prefixes_[std::string(name.substr(6))] = attribute.value();
        }
        const auto declared = std::find_if(prefixes_.begin(), prefixes_.end(),
                                           [](const auto& p) { return p.second == xsd_namespace; });
        if (declared == prefixes_.end())
            throw std::invalid_argument("XSD: the XML Schema namespace is not declared");
        xsd_prefix_ = declared->first;
        if (kind(root) != "schema") throw std::invalid_argument("XSD: the root element is not xs:schema");
        model_.target_namespace = root.attribute("targetNamespace").value();
        qualified_elements_ = std::string_view(root.attribute("elementFormDefault").value()) == "qualified";
        if (std::string_view(root.attribute("attributeFormDefault").value()) == "qualified")
            throw unsupported("attributeFormDefault=\"qualified\"");
        add_builtins();

        for (pugi::xml_node child : elements_in(root)) {
            const std::string_view what = kind(child);
            const std::string name = child.attribute("name").value();
            if (what == "simpleType")
                named_simple_[name] = child;
            else if (what == "complexType")
                named_complex_[name] = child;
            else if (what != "element" && what != "annotation")
                throw unsupported("top-level xs:" + std::string(what));
        }
        for (pugi::xml_node child : elements_in(root))
            if (kind(child) == "element") model_.roots.push_back(element(child, true));
    }

private:
    // The local name of an XSD element; throws for an element outside the XSD namespace.
    std::string_view kind(pugi::xml_node node) const {
        const QName name = split(node.name());
        if (name.prefix != xsd_prefix_)
            throw std::invalid_argument("XSD: unexpected element " + std::string(node.name()));
        return name.local;
    }

    // Children that matter: annotations only document.
    static auto content_of(pugi::xml_node node) {
        std::vector<pugi::xml_node> children;
        for (pugi::xml_node child : elements_in(node))
            if (split(child.name()).local != "annotation") children.push_back(child);
        return children;
    }

    static std::string documentation_of(pugi::xml_node node) {
        for (pugi::xml_node annotation : elements_in(node)) {
            if (split(annotation.name()).local != "annotation") continue;
            for (pugi::xml_node doc : elements_in(annotation))
                if (split(doc.name()).local == "documentation")
                    return text::collapse_whitespace(doc.child_value());
        }
        return {};
    }

    void add_builtins() {
        const auto builtin = [&](std::string name, Primitive primitive,
                                 Whitespace whitespace) -> SimpleType& {
            SimpleType& type = model_.simple_types.emplace_back();
            type.name = "xs:" + name;
            type.primitive = primitive;
            type.whitespace = whitespace;
            builtins_[name] = &type;
            return type;
        };
        builtin("string", Primitive::string, Whitespace::preserve);
        builtin("token", Primitive::string, Whitespace::collapse);
        SimpleType& language = builtin("language", Primitive::string, Whitespace::collapse);
        language.pattern_steps.push_back(
            {{std::make_shared<const Pattern>("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")},
             "a language tag such as en or zh-Hans"});
        builtin("boolean", Primitive::boolean, Whitespace::collapse);
        builtin("anyURI", Primitive::any_uri, Whitespace::collapse);
        builtin("decimal", Primitive::decimal, Whitespace::collapse);
        builtin("integer", Primitive::integer, Whitespace::collapse);
        builtin("nonNegativeInteger", Primitive::integer, Whitespace::collapse).min_inclusive = "0";
        builtin("positiveInteger", Primitive::integer, Whitespace::collapse).min_inclusive = "1";
    }

    // (namespace URI, local name) of a QName written in the XSD.
    std::pair<std::string, std::string> resolve(std::string_view qname) const {
        const QName name = split(qname);
        const auto found = prefixes_.find(std::string(name.prefix));
        if (found == prefixes_.end())
            throw std::invalid_argument("XSD: undeclared prefix in " + std::string(qname));
        return {found->second, std::string(name.local)};
    }

    const SimpleType* simple_type_named(std::string_view qname) {
        const auto [ns, local] = resolve(qname);
        if (ns == xsd_namespace) {
            const auto builtin = builtins_.find(local);
            if (builtin == builtins_.end()) throw unsupported("the type xs:" + local);
            return builtin->second;
        }
        if (ns != model_.target_namespace)
            throw std::invalid_argument("XSD: type " + std::string(qname) + " is in another namespace");
        if (const auto done = simple_done_.find(local); done != simple_done_.end()) return done->second;
        const auto node = named_simple_.find(local);
        if (node == named_simple_.end()) throw std::invalid_argument("XSD: no simple type named " + local);
        return simple_done_[local] = simple_type(node->second, local);
    }

    const SimpleType* simple_type_of(pugi::xml_node holder, const char* attribute) {
        if (const pugi::xml_attribute named = holder.attribute(attribute))
            return simple_type_named(named.value());
        for (pugi::xml_node child : content_of(holder))
            if (kind(child) == "simpleType") return simple_type(child, "");
        throw std::invalid_argument("XSD: " + std::string(holder.name()) + " has no simple type");
    }

    const SimpleType* simple_type(pugi::xml_node node, const std::string& name) {
        const std::vector<pugi::xml_node> content = content_of(node);
        if (content.size() != 1)
            throw std::invalid_argument("XSD: simple type " + name + " needs one derivation");
        const pugi::xml_node derivation = content[0];
        const std::string_view how = kind(derivation);
        const std::string documentation = documentation_of(node);
        SimpleType type;
        if (how == "restriction") {
            type = *simple_type_of(derivation, "base");
            restrict(type, derivation, name, documentation);
        } else if (how == "list") {
            type.variety = SimpleType::Variety::list;
            type.whitespace = Whitespace::collapse;
            type.item = simple_type_of(derivation, "itemType");
        } else if (how == "union") {
            type.variety = SimpleType::Variety::union_of;
            std::string storage;
            const std::string_view members =
                text::collapse_whitespace(derivation.attribute("memberTypes").value(), storage);
            text::for_each_word(
                members, [&](std::string_view member) { type.members.push_back(simple_type_named(member)); });
            for (pugi::xml_node member : content_of(derivation))
                type.members.push_back(simple_type(member, ""));
        } else {
            throw unsupported("xs:" + std::string(how));
        }
        type.name = name;
        type.documentation = documentation;
        return &model_.simple_types.emplace_back(std::move(type));
    }

    void restrict(SimpleType& type, pugi::xml_node restriction, const std::string& name,
                  const std::string& documentation) {
        std::vector<std::string> enumeration;
        SimpleType::PatternStep step;
        for (pugi::xml_node facet : content_of(restriction)) {
            const std::string_view what = kind(facet);
            const std::string value = facet.attribute("value").value();
            if (what == "simpleType") continue;  // the anonymous base, read already
            if (what == "enumeration")
                enumeration.push_back(value);
            else if (what == "pattern")
                step.patterns.push_back(std::make_shared<const Pattern>(value));
            else if (what == "minLength")
                type.min_length = std::stoul(value);
            else if (what == "maxLength")
                type.max_length = std::stoul(value);
            else if (what == "minInclusive" || what == "maxInclusive") {
                const bool numeric =
                    type.primitive == Primitive::decimal || type.primitive == Primitive::integer;
                if (!numeric || type.variety != SimpleType::Variety::atomic || !parse_decimal(value))
                    throw unsupported("xs:" + std::string(what) + " on a type that is not a number");
                (what == "minInclusive" ? type.min_inclusive : type.max_inclusive) = value;
            } else {
                throw unsupported("the facet xs:" + std::string(what));
            }
        }
        if (type.variety != SimpleType::Variety::atomic && (!enumeration.empty() || !step.patterns.empty()))
            throw unsupported("xs:enumeration or xs:pattern on a list or union type");
        if (!enumeration.empty()) type.enumeration = std::move(enumeration);
        if (!step.patterns.empty()) {
            const std::string detail =
                documentation.empty() ? "pattern " + step.patterns.front()->expression() : documentation;
            step.expected = (name.empty() ? std::string("valid") : "a valid " + name) + " (" + detail + ")";
            type.pattern_steps.push_back(std::move(step));
        }
    }

    const ComplexType* complex_type_named(const std::string& local) {
        if (const auto done = complex_done_.find(local); done != complex_done_.end()) return done->second;
        const auto node = named_complex_.find(local);
        if (node == named_complex_.end()) return nullptr;
        ComplexType& type = model_.complex_types.emplace_back();
        complex_done_[local] = &type;  // before the content, which may refer back to the type
        complex_type(node->second, type);
        return &type;
    }

    void complex_type(pugi::xml_node node, ComplexType& type) {
        if (node.attribute("mixed").as_bool()) throw unsupported("mixed content");
        for (pugi::xml_node child : content_of(node)) {
            const std::string_view what = kind(child);
            if (what == "attribute") {
                type.attributes.push_back(attribute(child));
            } else if (what == "sequence" || what == "choice") {
                type.content = ComplexType::Content::elements;
                const Particle particle = this->particle(child, type.model);
                const PositionSets sets = glushkov(particle, type.model);
                type.model.first = sets.first;
                type.model.empty_accepted = sets.nullable;
                type.model.accepting.assign(type.model.positions.size(), false);
                for (std::size_t p : sets.last) type.model.accepting[p] = true;
                check_deterministic(type.model);
            } else if (what == "simpleContent") {
                const std::vector<pugi::xml_node> derivation = content_of(child);
                if (derivation.size() != 1 || kind(derivation[0]) != "extension")
                    throw unsupported("xs:simpleContent other than by xs:extension");
                type.content = ComplexType::Content::simple;
                type.simple = simple_type_named(derivation[0].attribute("base").value());
                for (pugi::xml_node extra : content_of(derivation[0])) {
                    if (kind(extra) != "attribute")
                        throw unsupported("xs:" + std::string(kind(extra)) + " in xs:extension");
                    type.attributes.push_back(attribute(extra));
                }
            } else {
                throw unsupported("xs:" + std::string(what) + " in a complex type");
            }
        }
        if (type.attributes.size() > 64) throw unsupported("more than 64 attributes on one type");
    }

    AttributeDecl attribute(pugi::xml_node node) {
        for (const char* refused : {"ref", "fixed", "form"})
            if (node.attribute(refused)) throw unsupported(std::string("xs:attribute with ") + refused);
        const std::string_view use = node.attribute("use").as_string("optional");
        if (use != "optional" && use != "required") throw unsupported("use=\"" + std::string(use) + "\"");
        return {node.attribute("name").value(), simple_type_of(node, "type"), use == "required"};
    }

    static unsigned occurs(pugi::xml_node node, const char* name, unsigned fallback) {
        const pugi::xml_attribute attribute = node.attribute(name);
        if (!attribute) return fallback;
        const std::string_view value = attribute.value();
        if (value == "0") return 0;
        if (value == "1") return 1;
        if (value == "unbounded") return unbounded;
        throw unsupported(std::string(name) + "=\"" + std::string(value) + "\"");
    }

    Particle particle(pugi::xml_node node, ContentModel& model) {
        Particle particle;
        particle.min = occurs(node, "minOccurs", 1);
        particle.max = occurs(node, "maxOccurs", 1);
        if (particle.min > 1 || particle.max == 0) throw unsupported("these occurrence bounds");
        const std::string_view what = kind(node);
        if (what == "element") {
            particle.position = model.positions.size();
            model.positions.push_back(element(node, false));
            model.follow.emplace_back();
            return particle;
        }
        if (what != "sequence" && what != "choice")
            throw unsupported("xs:" + std::string(what) + " in a content model");
        particle.kind = what == "sequence" ? Particle::Kind::sequence : Particle::Kind::choice;
        for (pugi::xml_node child : content_of(node))
            particle.children.push_back(this->particle(child, model));
        return particle;
    }

    static void check_deterministic(const ContentModel& model) {
        const auto check = [&](const std::vector<std::size_t>& next) {
            for (std::size_t i = 0; i < next.size(); ++i)
                for (std::size_t j = i + 1; j < next.size(); ++j)
                    if (model.positions[next[i]]->local == model.positions[next[j]]->local)
                        throw std::invalid_argument("XSD: ambiguous content model around '" +
                                                    model.positions[next[i]]->local + "'");
        };
        check(model.first);
        for (const auto& next : model.follow) check(next);
    }

    const ElementDecl* element(pugi::xml_node node, bool global) {
        for (const char* refused :
             {"ref", "form", "substitutionGroup", "nillable", "abstract", "fixed", "default"})
            if (node.attribute(refused)) throw unsupported(std::string("xs:element with ") + refused);
        ElementDecl& decl = model_.elements.emplace_back();
        decl.local = node.attribute("name").value();
        decl.ns = global || qualified_elements_ ? model_.target_namespace : std::string();
        if (const pugi::xml_attribute type = node.attribute("type")) {
            const auto [ns, local] = resolve(type.value());
            const ComplexType* complex = ns == model_.target_namespace ? complex_type_named(local) : nullptr;
            if (complex)
                decl.complex = complex;
            else
                decl.simple = simple_type_named(type.value());
            return &decl;
        }
        for (pugi::xml_node child : content_of(node)) {
            if (kind(child) == "simpleType") {
                decl.simple = simple_type(child, "");
            } else if (kind(child) == "complexType") {
                ComplexType& type = model_.complex_types.emplace_back();
                complex_type(child, type);
                decl.complex = &type;
            }
        }
        if (!decl.simple && !decl.complex)
            throw unsupported("an element without a type (" + decl.local + ")");
        return &decl;
    }

    CompiledSchema& model_;
    pugi::xml_document document_;
    std::map<std::string, std::string> prefixes_;
    std::string xsd_prefix_;
    bool qualified_elements_ = false;
    std::map<std::string, const SimpleType*> builtins_;
    std::map<std::string, pugi::xml_node> named_simple_, named_complex_;
    std::map<std::string, const SimpleType*> simple_done_;
    std::map<std::string, const ComplexType*> complex_done_;
};

// ---- Checking a document -------------------------------------------------------------

// Namespace declarations in force: one link per element that declares any.
struct Scope {
    const Scope* parent = nullptr;
    std::vector<std::pair<std::string_view, std::string_view>> bindings{};  // prefix ("" default), URI

    void add_declarations_of(pugi::xml_node element) {
        for (pugi::xml_attribute attribute : element.attributes()) {
            const std::string_view name = attribute.name();
            if (!is_namespace_declaration(name)) continue;
            bindings.emplace_back(name.size() == 5 ? std::string_view() : name.substr(6), attribute.value());
        }
    }

    std::string_view lookup(std::string_view prefix) const {
        if (prefix == "xml") return xml_namespace;
        for (const Scope* scope = this; scope; scope = scope->parent)
            for (const auto& [declared, uri] : scope->bindings)
                if (declared == prefix) return uri;
        return {};
    }
};

std::string join_alternatives(const std::vector<std::string>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) text += i + 1 == names.size() ? " or " : ", ";
        text += names[i];
    }
    return text;
}

class Checker {
public:
    Checker(const CompiledSchema& model, std::vector<SchemaProblem>& problems)
        : model_(model), problems_(problems) {}

    void document(pugi::xml_node root) {
        Scope scope;
        scope.add_declarations_of(root);
        const std::string_view ns = scope.lookup(split(root.name()).prefix);
        const std::string_view local = split(root.name()).local;
        for (const ElementDecl* decl : model_.roots)
            if (decl->local == local && decl->ns == ns) return element(root, *decl, scope);
        std::vector<std::string> expected;
        for (const ElementDecl* decl : model_.roots)
            expected.push_back("'" + decl->local + "' in namespace " + decl->ns);
        report(root, "the root element " + shown(root, ns) + " is not expected; expected " +
                         join_alternatives(expected));
    }

private:
    void element(pugi::xml_node node, const ElementDecl& decl, const Scope& scope) {
        if (decl.simple) {
            attributes(node, nullptr, scope);
            simple_content(node, *decl.simple);
            return;
        }
        const ComplexType& type = *decl.complex;
        attributes(node, &type, scope);
        switch (type.content) {
            case ComplexType::Content::empty:
                empty_content(node);
                break;
            case ComplexType::Content::simple:
                simple_content(node, *type.simple);
                break;
            case ComplexType::Content::elements:
                element_content(node, type.model, scope);
                break;
        }
    }

    void attributes(pugi::xml_node node, const ComplexType* type, const Scope& scope) {
        std::uint64_t seen = 0;
        const std::size_t declared = type ? type->attributes.size() : 0;
        for (pugi::xml_attribute attribute : node.attributes()) {
            const std::string_view name = attribute.name();
            if (is_namespace_declaration(name)) continue;
            const QName qname = split(name);
            if (!qname.prefix.empty()) {
                const std::string_view ns = scope.lookup(qname.prefix);
                const bool schema_hint = ns == xsi_namespace && (qname.local == "schemaLocation" ||
                                                                 qname.local == "noNamespaceSchemaLocation");
                if (!schema_hint) not_allowed(node, name);
                continue;
            }
            std::size_t index = 0;
            while (index < declared && type->attributes[index].name != name) ++index;
            if (index == declared) {
                not_allowed(node, name);
                continue;
            }
            seen |= std::uint64_t{1} << index;
            if (auto problem = type->attributes[index].type->problem_with(attribute.value()))
                report(node, "attribute '" + std::string(name) + "' of '" + node.name() + "': " + *problem,
                       name);
        }
        for (std::size_t index = 0; index < declared; ++index)
            if (type->attributes[index].required && !(seen & (std::uint64_t{1} << index)))
                report(node, "'" + std::string(node.name()) + "' is missing the required attribute '" +
                                 type->attributes[index].name + "'");
    }

    void simple_content(pugi::xml_node node, const SimpleType& type) {
        for (pugi::xml_node child : node.children()) {
            if (child.type() != pugi::node_element) continue;
            report(child, "'" + std::string(child.name()) + "' is not allowed in '" + node.name() +
                              "', which holds text only");
            return;
        }
        std::string storage;
        if (auto problem = type.problem_with(text_content(node, storage)))
            report(node, "text of '" + std::string(node.name()) + "': " + *problem);
    }

    // Empty means empty: not even whitespace (comments aside).
    void empty_content(pugi::xml_node node) {
        for (pugi::xml_node child : node.children()) {
            const bool text = child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata;
            if (child.type() == pugi::node_element || text) {
                report(child.type() == pugi::node_element ? child : node,
                       "'" + std::string(node.name()) + "' must be empty");
                return;
            }
        }
    }

    void element_content(pugi::xml_node node, const ContentModel& model, const Scope& scope) {
        std::optional<std::size_t> state;
        bool lost = false;  // after a misplaced child the position in the model is unknown
        for (pugi::xml_node child : node.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                if (!text::is_blank(child.value()))
                    report(child, "text is not allowed directly in '" + std::string(node.name()) + "'");
                continue;
            }
            if (child.type() != pugi::node_element) continue;
            Scope child_scope{&scope};
            child_scope.add_declarations_of(child);
            const Scope& in_scope = child_scope.bindings.empty() ? scope : child_scope;
            const QName name = split(child.name());
            const std::string_view ns = in_scope.lookup(name.prefix);
            if (!lost) {
                const std::vector<std::size_t>& next = model.next(state);
                const auto match = std::find_if(next.begin(), next.end(), [&](std::size_t p) {
                    return model.positions[p]->local == name.local && model.positions[p]->ns == ns;
                });
                if (match != next.end()) {
                    state = *match;
                    element(child, *model.positions[*match], in_scope);
                    continue;
                }
                report(child, shown(child, ns) + " is not expected here in '" + node.name() + "'; expected " +
                                  expected(node, model, state));
                lost = true;
            }
            if (const ElementDecl* decl = model.find(name.local, ns)) element(child, *decl, in_scope);
        }
        if (!lost && !model.accepts_end(state))
            report(node, "'" + std::string(node.name()) + "' ends too early; expected " +
                             expected(node, model, state));
    }

    std::string expected(pugi::xml_node node, const ContentModel& model,
                         std::optional<std::size_t> state) const {
        std::vector<std::string> names;
        for (std::size_t p : model.next(state)) names.push_back("'" + model.positions[p]->local + "'");
        if (model.accepts_end(state)) names.push_back("the end of '" + std::string(node.name()) + "'");
        return join_alternatives(names);
    }

    // An element's name as written, with its namespace when that is the mistake.
    std::string shown(pugi::xml_node node, std::string_view ns) const {
        const std::string name = "'" + std::string(node.name()) + "'";
        if (ns == model_.target_namespace) return name;
        return name + (ns.empty() ? " (in no namespace)" : " (in namespace " + std::string(ns) + ")");
    }

    void not_allowed(pugi::xml_node node, std::string_view attribute) {
        report(node, "attribute '" + std::string(attribute) + "' is not allowed on '" + node.name() + "'",
               attribute);
    }

    void report(pugi::xml_node node, std::string message, std::string_view attribute = {}) {
        problems_.push_back({node, std::string(attribute), std::move(message)});
    }

    const CompiledSchema& model_;
    std::vector<SchemaProblem>& problems_;
};

}  // namespace

Schema::Schema(std::string_view xsd) : model_(std::make_unique<CompiledSchema>()) { Compiler(xsd, *model_); }

Schema::~Schema() = default;

std::vector<SchemaProblem> Schema::check(const pugi::xml_document& document) const {
    std::vector<SchemaProblem> problems;
    if (const pugi::xml_node root = document.document_element()) Checker(*model_, problems).document(root);
    return problems;
}

}  // namespace pledgetrack::xml::schema
