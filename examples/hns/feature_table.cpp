// Prints the HNS feature table as Markdown: each feature hcsshim checks, the HNS versions that
// have it, and what it is for. The HNS article includes this output as its table.
#include <winnet/hns/version.hpp>

#include <iostream>
#include <string>

int main() {
    using namespace winnet::hns;

    // --8<-- [start:table]
    std::cout << "| feature | HNS versions | used for |\n|---|---|---|\n";
    for (const FeatureRanges& feature : feature_table()) {
        std::string versions;
        for (const VersionRange& range : feature.ranges) {
            versions += (versions.empty() ? "" : ", ") + range.to_string();
        }
        std::cout << "| `" << feature.name << "` | " << versions << " | " << feature.meaning
                  << " |\n";
    }
    // --8<-- [end:table]

    // --8<-- [start:versions]
    std::cout << "\n";
    for (HnsVersion v :
         {HnsVersion{10, 1}, HnsVersion{13, 2}, HnsVersion{15, 4}, HnsVersion{15, 5}}) {
        const SupportedFeatures f = supported_features(v);
        std::cout << "- HNS " << v.to_string() << ": DSR " << (f.dsr ? "yes" : "no")
                  << ", dual stack " << (f.ipv6_dual_stack ? "yes" : "no") << ", session affinity "
                  << (f.session_affinity ? "yes" : "no") << ", modify load balancer "
                  << (f.modify_loadbalancer ? "yes" : "no") << "\n";
    }
    // --8<-- [end:versions]
}
