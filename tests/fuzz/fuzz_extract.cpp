// libFuzzer target: any bytes as an article, drafted against the seed catalog and written
// as XML. Must never crash, hang or leak; refusing the article is fine.
#include "extract/article.hpp"
#include "extract/draft.hpp"
#include "text/utf8.hpp"
#include "validate/validator.hpp"
#include "xml/draft_writer.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

// scripts/fuzz runs from the repository root.
const pledgetrack::extract::Extractor& extractor() {
    static const pledgetrack::model::Dataset dataset = [] {
        pledgetrack::validate::Result result = pledgetrack::validate::validate_paths({"seeds/catalog.xml"}, {});
        return std::move(result.dataset);
    }();
    static const pledgetrack::extract::Extractor seeded(dataset);
    return seeded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    if (pledgetrack::text::find_invalid_utf8(text)) return 0;  // load_article refuses these first
    try {
        const auto draft = extractor().draft(pledgetrack::extract::read_article(std::move(text)), {});
        pledgetrack::xml::write_draft(draft);
    } catch (const pledgetrack::extract::ExtractError&) {
    }
    return 0;
}
