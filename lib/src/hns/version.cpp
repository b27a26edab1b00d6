#include "json/go_writer.hpp"

#include <winnet/hns/version.hpp>

namespace winnet::hns {

std::string HnsVersion::to_string() const {
    return std::to_string(major) + "." + std::to_string(minor);
}

std::string VersionRange::to_string() const {
    if (max.major == any_version) {
        return min.to_string() + " and later";
    }
    if (max.minor == any_version) {
        return min.to_string() + " to " + std::to_string(max.major) + ".x";
    }
    return min == max ? min.to_string() : min.to_string() + " to " + max.to_string();
}

namespace {
constexpr HnsVersion later{any_version, any_version};
VersionRange from(std::uint32_t major, std::uint32_t minor) {
    return {{major, minor}, later};
}
VersionRange within(std::uint32_t major, std::uint32_t minor) {
    return {{major, minor}, {major, any_version}};
}
} // namespace

// The ranges of hcsshim's hcnglobals.go (HEAD 7c9ff7f4), ModifyLoadbalancer from hnslib.
const std::vector<FeatureRanges>& feature_table() {
    static const std::vector<FeatureRanges> table = {
        {"ACL.AclAddressLists", {from(7, 2)}, "ACLs with address lists (Windows Server 1803)"},
        {"ACL.AclHostRulePriority", {from(7, 2)}, "ACL rules without host rule priority"},
        {"ACL.AclPortRanges", {from(7, 2)}, "ACLs with port ranges"},
        {"ACL.AclRuleId", {from(7, 2)}, "ACL rule ids"},
        {"API.V2", {from(9, 2)}, "the HCN v2 API and schema; kube-proxy requires it"},
        {"RemoteSubnet",
         {from(9, 2)},
         "RemoteSubnetRoute policies on Overlay networks (flannel vxlan)"},
        {"HostRoute", {from(9, 2)}, "HostRoute policies: pods reach their own node"},
        {"DSR",
         {within(9, 3), from(10, 2)},
         "Direct Server Return; kube-proxy's --enable-dsr, preserve-destination and "
         "externalTrafficPolicy Local need it"},
        {"Slash32EndpointPrefixes", {within(9, 3), from(10, 4)}, "endpoints with /32 prefixes"},
        {"AclSupportForProtocol252", {from(11, 0)}, "ACLs on protocol 252 (VXLAN)"},
        {"SessionAffinity",
         {from(12, 0)},
         "source-IP affinity; kube-proxy's sessionAffinity ClientIP"},
        {"IPv6DualStack", {from(11, 10)}, "IPv6 and dual-stack; kube-proxy's IPv6 proxier"},
        {"SetPolicy", {from(13, 0)}, "SetPolicy network policies (IP sets)"},
        {"VxlanPort", {from(10, 3)}, "a VXLAN UDP port other than 4789"},
        {"L4Proxy",
         {within(9, 5), within(10, 5), within(11, 11), within(12, 1), from(13, 1)},
         "L4Proxy network policies"},
        {"L4WfpProxy", {from(13, 2)}, "L4WfpProxy endpoint policies"},
        {"TierAcl", {from(14, 0)}, "tiered ACL policies"},
        {"NetworkACL", {from(15, 0)}, "network-wide ACL policies"},
        {"NestedIpSet", {from(15, 0)}, "nested IP sets"},
        {"DisableHostPort", {from(15, 1)}, "the DisableHostPort network flag"},
        {"ModifyLoadbalancer",
         {{{15, 5}, {15, any_version}}, from(16, 0)},
         "updating a load balancer in place; kube-proxy deletes and recreates without it"},
        {"Accelnet", {from(15, 4)}, "accelerated networking"},
    };
    return table;
}

namespace {
bool in(const HnsVersion& v, const std::string& name) {
    for (const auto& f : feature_table()) {
        if (f.name == name) {
            for (const auto& r : f.ranges) {
                if (r.contains(v)) {
                    return true;
                }
            }
            return false;
        }
    }
    return false;
}
} // namespace

SupportedFeatures supported_features(const HnsVersion& v) {
    SupportedFeatures f;
    f.acl_address_lists = in(v, "ACL.AclAddressLists");
    f.acl_no_host_rule_priority = in(v, "ACL.AclHostRulePriority");
    f.acl_port_ranges = in(v, "ACL.AclPortRanges");
    f.acl_rule_id = in(v, "ACL.AclRuleId");
    f.api_v1 = true; // hcsshim: "HNSCall is still available"
    f.api_v2 = in(v, "API.V2");
    f.remote_subnet = in(v, "RemoteSubnet");
    f.host_route = in(v, "HostRoute");
    f.dsr = in(v, "DSR");
    f.slash32_endpoint_prefixes = in(v, "Slash32EndpointPrefixes");
    f.acl_support_for_protocol_252 = in(v, "AclSupportForProtocol252");
    f.session_affinity = in(v, "SessionAffinity");
    f.ipv6_dual_stack = in(v, "IPv6DualStack");
    f.set_policy = in(v, "SetPolicy");
    f.vxlan_port = in(v, "VxlanPort");
    f.l4_proxy = in(v, "L4Proxy");
    f.l4_wfp_proxy = in(v, "L4WfpProxy");
    f.tier_acl = in(v, "TierAcl");
    f.network_acl = in(v, "NetworkACL");
    f.nested_ip_set = in(v, "NestedIpSet");
    f.disable_host_port = in(v, "DisableHostPort");
    f.modify_loadbalancer = in(v, "ModifyLoadbalancer");
    f.accelnet = in(v, "Accelnet");
    return f;
}

// hcsshim's SupportedFeatures struct: no omitempty, field order as declared.
std::string SupportedFeatures::to_json() const {
    json::GoWriter w;
    auto flag = [&w](const char* key, bool value) {
        w.key(key);
        w.boolean(value);
    };
    w.begin_object();
    w.key("ACL");
    w.begin_object();
    flag("AclAddressLists", acl_address_lists);
    flag("AclHostRulePriority", acl_no_host_rule_priority);
    flag("AclPortRanges", acl_port_ranges);
    flag("AclRuleId", acl_rule_id);
    w.end_object();
    w.key("API");
    w.begin_object();
    flag("V1", api_v1);
    flag("V2", api_v2);
    w.end_object();
    flag("RemoteSubnet", remote_subnet);
    flag("HostRoute", host_route);
    flag("DSR", dsr);
    flag("Slash32EndpointPrefixes", slash32_endpoint_prefixes);
    flag("AclSupportForProtocol252", acl_support_for_protocol_252);
    flag("SessionAffinity", session_affinity);
    flag("IPv6DualStack", ipv6_dual_stack);
    flag("SetPolicy", set_policy);
    flag("VxlanPort", vxlan_port);
    flag("L4Proxy", l4_proxy);
    flag("L4WfpProxy", l4_wfp_proxy);
    flag("TierAcl", tier_acl);
    flag("NetworkACL", network_acl);
    flag("NestedIpSet", nested_ip_set);
    flag("DisableHostPort", disable_host_port);
    flag("ModifyLoadbalancer", modify_loadbalancer);
    flag("Accelnet", accelnet);
    w.end_object();
    return w.take();
}

} // namespace winnet::hns
