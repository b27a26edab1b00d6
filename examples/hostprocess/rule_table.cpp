// Prints every rule the checker reproduces as Markdown tables, one per stage: the rule, the
// message as printed, the field path, and the Kubernetes version it appeared in. The HostProcess
// article includes this output as its rule table.
#include <winnet/hostprocess/check.hpp>
#include <winnet/hostprocess/rules.hpp>

#include <iostream>
#include <string>

namespace {
// Text shown as written in a Markdown table cell: Markdown's special characters escaped.
std::string cell(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '\\':
        case '|':
        case '*':
        case '_':
        case '`':
        case '[':
        case ']':
            out += '\\';
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}
} // namespace

int main() {
    using namespace winnet::hostprocess;

    // --8<-- [start:table]
    for (const Stage stage :
         {Stage::ApiServer, Stage::PodSecurity, Stage::Kubelet, Stage::Runtime}) {
        std::cout << "\n**" << stage_name(stage) << "**\n\n"
                  << "| rule | message | path | since |\n|---|---|---|---|\n";
        for (const Rule& rule : rules()) {
            if (rule.stage != stage) {
                continue;
            }
            std::cout << "| `" << rule.id << "`: " << cell(rule.summary) << " | "
                      << cell(rule.message) << " | " << (rule.path.empty() ? "" : cell(rule.path))
                      << " | " << cell(rule.since) << " |\n";
        }
    }
    // --8<-- [end:table]
}
