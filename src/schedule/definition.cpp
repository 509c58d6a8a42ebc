#include "schedule/definition.hpp"

namespace pledgetrack::schedule {

const ReportDefinition* ReportConfig::find(std::string_view name) const {
    for (const ReportDefinition& report : reports)
        if (report.name == name) return &report;
    return nullptr;
}

}  // namespace pledgetrack::schedule
