/// @file
/// The HNS version and the features it implies (hcsshim's hcnglobals.go and hcnsupport.go).
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <vector>

namespace winnet::hns {

/// The version of the Host Networking Service on a node, as `GET /globals/version` returns it
/// (`{"Major":15,"Minor":5}`). It grows with Windows releases (Windows Server 2019 ships 10.x,
/// 2022 ships 13.x and later 14.x and 15.x), and decides which features kube-proxy may use.
/// hcsshim: `hcn.Version`.
struct HnsVersion {
    /// Major version, JSON `Major`.
    std::uint32_t major = 0;
    /// Minor version, JSON `Minor`.
    std::uint32_t minor = 0;

    /// Versions order by major, then minor.
    friend auto operator<=>(const HnsVersion&, const HnsVersion&) = default;
    /// "15.5".
    [[nodiscard]] std::string to_string() const;
};

/// The largest component value hcsshim uses to mean "any later version" (`math.MaxInt32`).
inline constexpr std::uint32_t any_version = 0x7FFFFFFF;

/// An inclusive range of HNS versions that has a feature. hcsshim: `hcn.VersionRange`;
/// `isFeatureInRange` compares major first, then minor at the range's ends.
struct VersionRange {
    /// The first version with the feature.
    HnsVersion min;
    /// The last version with the feature; `any_version` components mean "and later".
    HnsVersion max;

    /// Whether `v` falls in this range.
    [[nodiscard]] bool contains(const HnsVersion& v) const { return min <= v && v <= max; }
    /// "9.3 to 9.x", "10.2 and later" or "15.4".
    [[nodiscard]] std::string to_string() const;
};

/// One feature's entry in the feature table: its name and the versions that have it.
struct FeatureRanges {
    /// The feature's JSON key in `SupportedFeatures` (for example "DSR" or "ACL.AclPortRanges").
    std::string name;
    /// Versions that have it; a version has the feature when any range contains it.
    std::vector<VersionRange> ranges;
    /// What the feature lets kube-proxy or a CNI plugin do, and which of them checks it.
    std::string meaning;
};

/// The feature table: every feature hcsshim checks, with its version ranges, in hcsshim's
/// order. ModifyLoadbalancer follows hnslib (15.5 to 15.x, 16.0 and later), which kube-proxy
/// uses, rather than hcsshim's 15.4 and later: HNS 15.4's modify kept the old backend list
/// (kubernetes/kubernetes#131466).
const std::vector<FeatureRanges>& feature_table();

/// What an HNS version supports, as hcsshim's `GetSupportedFeatures` computes it from the
/// version. kube-proxy reads DSR, IPv6DualStack, SessionAffinity, RemoteSubnet and
/// ModifyLoadbalancer. hcsshim: `hcn.SupportedFeatures`.
struct SupportedFeatures {
    /// ACL address lists (`ACL.AclAddressLists`, 7.2 and later, Windows Server 1803).
    bool acl_address_lists = false;
    /// ACL rules without host rule priority (`ACL.AclHostRulePriority`, 7.2 and later).
    bool acl_no_host_rule_priority = false;
    /// ACL port ranges (`ACL.AclPortRanges`, 7.2 and later).
    bool acl_port_ranges = false;
    /// ACL rule ids (`ACL.AclRuleId`, 7.2 and later).
    bool acl_rule_id = false;
    /// The HNS v1 API (`API.V1`): always true, `HNSCall` still exists.
    bool api_v1 = true;
    /// The HCN v2 API and schema (`API.V2`, 9.2 and later); kube-proxy requires it.
    bool api_v2 = false;
    /// RemoteSubnetRoute network policies on Overlay networks (`RemoteSubnet`, 9.2 and later).
    bool remote_subnet = false;
    /// HostRoute network policies: pods reaching their own host (`HostRoute`, 9.2 and later).
    bool host_route = false;
    /// Direct Server Return load balancers (`DSR`: 9.3 to 9.x, 10.2 and later); kube-proxy
    /// turns off `--enable-dsr`, preserve-destination and externalTrafficPolicy Local without it.
    bool dsr = false;
    /// Endpoints with /32 prefixes (`Slash32EndpointPrefixes`: 9.3 to 9.x, 10.4 and later).
    bool slash32_endpoint_prefixes = false;
    /// ACLs matching protocol 252, used for VXLAN (`AclSupportForProtocol252`, 11.0 and later).
    bool acl_support_for_protocol_252 = false;
    /// Load-balancer session affinity by source IP (`SessionAffinity`, 12.0 and later);
    /// needed for `sessionAffinity: ClientIP`.
    bool session_affinity = false;
    /// IPv6 and dual-stack endpoints and load balancers (`IPv6DualStack`, 11.10 and later).
    bool ipv6_dual_stack = false;
    /// SetPolicy network policies (`SetPolicy`, 13.0 and later).
    bool set_policy = false;
    /// A VXLAN UDP port other than 4789 (`VxlanPort`, 10.3 and later).
    bool vxlan_port = false;
    /// L4Proxy network policies (`L4Proxy`: 9.5, 10.5, 11.11, 12.1 to the end of each major,
    /// and 13.1 and later).
    bool l4_proxy = false;
    /// L4WfpProxy endpoint policies (`L4WfpProxy`, 13.2 and later).
    bool l4_wfp_proxy = false;
    /// Tiered ACL policies (`TierAcl`, 14.0 and later).
    bool tier_acl = false;
    /// Network-wide ACL policies (`NetworkACL`, 15.0 and later).
    bool network_acl = false;
    /// Nested IP sets in policies (`NestedIpSet`, 15.0 and later).
    bool nested_ip_set = false;
    /// The DisableHostPort network flag (`DisableHostPort`, 15.1 and later).
    bool disable_host_port = false;
    /// Modifying a load balancer in place (`ModifyLoadbalancer`, 15.5 to 15.x and 16.0 and
    /// later, as hnslib); without it kube-proxy deletes and recreates load balancers.
    bool modify_loadbalancer = false;
    /// Accelerated networking (`Accelnet`, 15.4 and later).
    bool accelnet = false;

    /// Feature sets are equal when every flag is.
    friend bool operator==(const SupportedFeatures&, const SupportedFeatures&) = default;
    /// The features as hcsshim marshals `SupportedFeatures` (`{"ACL":{...},"API":{...},...}`).
    [[nodiscard]] std::string to_json() const;
};

/// The features HNS `version` supports: each is on when `version` falls in one of its ranges
/// of `feature_table()`.
SupportedFeatures supported_features(const HnsVersion& version);

} // namespace winnet::hns
