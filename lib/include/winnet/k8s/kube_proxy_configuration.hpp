/// @file
/// KubeProxyConfiguration (kubeproxy.config.k8s.io/v1alpha1): the configuration file of a
/// Windows kube-proxy, with its `winkernel` section.
#pragma once

#include <winnet/net/ip_address.hpp>
#include <winnet/net/ip_prefix.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace winnet::k8s {

/// The Windows kernel-mode proxier's settings, JSON `winkernel`. Upstream:
/// `KubeProxyWinkernelConfiguration`; each field also has a command-line flag.
struct WinkernelConfiguration {
    /// The HNS network whose pods kube-proxy serves, JSON `networkName` (Go `NetworkName`, flag
    /// `--network-name`), for example `flannel.4096` or `cbr0`. When empty, kube-proxy reads
    /// the environment variable `KUBE_NETWORK` instead.
    std::string network_name;
    /// The source address HNS gives packets it forwards to remote backends on an overlay
    /// network, JSON `sourceVip` (Go `SourceVip`, flag `--source-vip`): the `SourceVIP` of every
    /// load balancer, and an HNS endpoint kube-proxy creates on the node. Required on overlay,
    /// ignored on L2Bridge.
    std::optional<net::IpAddress> source_vip;
    /// Create ClusterIP load balancers with Direct Server Return, JSON `enableDSR` (Go
    /// `EnableDSR`, flag `--enable-dsr`). Needs the `WinDSR` feature gate.
    bool enable_dsr = false;
    /// The HNS endpoint attached to the node's own network stack, JSON `rootHnsEndpointName` (Go
    /// `RootHnsEndpointName`, flag `--root-hnsendpoint-name`): the backend of health-check load
    /// balancers. `cbr0` when absent, as the Windows kube-proxy defaults it.
    std::string root_hns_endpoint_name = "cbr0";
    /// Create a health-check load balancer on each ingress IP that forwards the health-check
    /// port to the node, JSON `forwardHealthCheckVip` (Go `ForwardHealthCheckVip`, flag
    /// `--forward-healthcheck-vip`).
    bool forward_health_check_vip = false;

    /// Settings are equal when every field is.
    friend bool operator==(const WinkernelConfiguration&, const WinkernelConfiguration&) = default;
};

/// A kube-proxy configuration file (`apiVersion: kubeproxy.config.k8s.io/v1alpha1`, `kind:
/// KubeProxyConfiguration`): the fields the Windows kube-proxy reads. Upstream: the v1alpha1
/// `KubeProxyConfiguration`; other fields (iptables, ipvs, conntrack, sync periods, ...) are
/// ignored, as kube-proxy's lenient v1alpha1 decoding ignores unknown ones.
///
/// Reading applies kube-proxy's defaults (`SetDefaults_KubeProxyConfiguration`, and `cbr0` for
/// the root HNS endpoint) and its checks (`Validate` in pkg/proxy/apis/config/validation, with
/// the Windows proxy modes), plus the start-up checks of the Windows proxier that depend only
/// on the file.
struct KubeProxyConfiguration {
    /// The node's name as kube-proxy knows it, JSON `hostnameOverride` (Go `HostnameOverride`):
    /// an EndpointSlice endpoint is local when its `nodeName` equals it. Empty when absent
    /// (kube-proxy then uses the machine's hostname).
    std::string hostname_override;
    /// The address kube-proxy binds to, JSON `bindAddress` (Go `BindAddress`); 0.0.0.0 when
    /// absent.
    net::IpAddress bind_address;
    /// The pod address ranges, JSON `clusterCIDR` (Go `ClusterCIDR`, comma-separated): one
    /// prefix, or one of each family. Empty when absent.
    std::vector<net::IpPrefix> cluster_cidrs;
    /// Where kube-proxy serves /healthz, JSON `healthzBindAddress` (Go `HealthzBindAddress`),
    /// as IP:port; `0.0.0.0:10256` when absent, and `:10256` is added to an IP given alone. Its
    /// port is the Windows kube-proxy's `healthzPort`.
    std::string healthz_bind_address = "0.0.0.0:10256";
    /// Where kube-proxy serves metrics, JSON `metricsBindAddress` (Go `MetricsBindAddress`), as
    /// IP:port; `127.0.0.1:10249` when absent, and `:10249` is added to an IP given alone.
    std::string metrics_bind_address = "127.0.0.1:10249";
    /// Feature gates set in the file, JSON `featureGates` (Go `FeatureGates`), by name (`WinDSR`,
    /// `WinOverlay`, ...); gates not listed keep their defaults (see feature_enabled()).
    std::map<std::string, bool> feature_gates;
    /// The proxy mode, JSON `mode` (Go `Mode`): `kernelspace` or empty (which means kernelspace
    /// on Windows).
    std::string mode;
    /// The Windows proxier's settings, JSON `winkernel` (Go `Winkernel`).
    WinkernelConfiguration winkernel;

    /// Parses a configuration as kube-proxy reads its `--config` file (converted from YAML to
    /// JSON). `apiVersion` and `kind` are required. Throws winnet::JsonError naming the JSON
    /// path (`$.winkernel.sourceVip`) for text that is not JSON, a value of the wrong type, or
    /// a value kube-proxy would refuse, with its message where it has one.
    [[nodiscard]] static KubeProxyConfiguration from_json(std::string_view json);

    /// The port of `healthz_bind_address`: the Windows kube-proxy's `healthzPort`, the port of
    /// health-check load balancers of Services without a `healthCheckNodePort`.
    [[nodiscard]] std::uint16_t healthz_port() const;
    /// Whether the feature gate `name` is on: its value in `feature_gates`, else its default as
    /// of Kubernetes 1.33 (`WinDSR` and `WinOverlay` on; any other gate off).
    [[nodiscard]] bool feature_enabled(std::string_view name) const;

    /// Configurations are equal when every field is.
    friend bool operator==(const KubeProxyConfiguration&, const KubeProxyConfiguration&) = default;
};

} // namespace winnet::k8s
