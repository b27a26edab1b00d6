/// @file
/// Errors HNS reports: the HRESULTs of `computenetwork.dll` and hcsshim's not-found errors.
#pragma once

#include <winnet/error.hpp>

#include <cstdint>
#include <string>

namespace winnet::hns {

/// The HRESULT codes HNS returns that kube-proxy and the CNI plugins act on (from winerror.h).
/// hcsshim and hnslib test for them with `IsNotImplemented`, `IsPortAlreadyExistsError` and
/// `IsElementNotFoundError`.
enum class HResult : std::uint32_t {
    /// Generic failure (`E_FAIL`), what an injected fault returns unless told otherwise.
    Fail = 0x80004005,
    /// The operation is not implemented by this HNS version (`E_NOTIMPL`). kube-proxy sees it
    /// when it modifies a load balancer on an HNS without ModifyLoadbalancer, and falls back to
    /// delete and create.
    NotImplemented = 0x80004001,
    /// Element not found (`HRESULT_FROM_WIN32(ERROR_NOT_FOUND)`), returned for an unknown load
    /// balancer id.
    ElementNotFound = 0x80070490,
    /// No network with that id or name (`HCN_E_NETWORK_NOT_FOUND`).
    NetworkNotFound = 0x803B0001,
    /// No endpoint with that id or name (`HCN_E_ENDPOINT_NOT_FOUND`).
    EndpointNotFound = 0x803B0002,
    /// The request names a network type HNS does not know (`HCN_E_INVALID_NETWORK_TYPE`).
    InvalidNetworkType = 0x803B000B,
    /// The endpoint document is not acceptable (`HCN_E_INVALID_ENDPOINT`), for example an id
    /// that is already taken.
    InvalidEndpoint = 0x803B000C,
    /// A network with that id already exists (`HCN_E_NETWORK_ALREADY_EXISTS`).
    NetworkAlreadyExists = 0x803B0010,
    /// Another load balancer already owns this frontend VIP, protocol and port
    /// (`HCN_E_PORT_ALREADY_EXISTS`, seen in kube-proxy logs as 0x803b0013).
    PortAlreadyExists = 0x803B0013,
    /// The service restarted while the call was in flight (`HCN_E_MANAGER_STOPPED`).
    ManagerStopped = 0x803B0020,
};

/// The symbolic name of `code`, for example "HCN_E_PORT_ALREADY_EXISTS".
std::string to_string(HResult code);

/// A call to HNS failed with an HRESULT. The message names the operation, the object and the
/// code in hex and by name: `CreateLoadBalancer: HNS failed with 0x803b0013
/// (HCN_E_PORT_ALREADY_EXISTS): ...`.
class HnsError : public Error {
public:
    /// Creates the error of `operation` (for example "CreateLoadBalancer") failing with `code`
    /// because of `detail`.
    HnsError(const std::string& operation, HResult code, const std::string& detail);
    /// The HRESULT HNS returned.
    [[nodiscard]] HResult code() const noexcept { return code_; }
    /// True for E_NOTIMPL, as hcsshim's `IsNotImplemented`.
    [[nodiscard]] bool is_not_implemented() const noexcept {
        return code_ == HResult::NotImplemented;
    }
    /// True for HCN_E_PORT_ALREADY_EXISTS, as hcsshim's `IsPortAlreadyExistsError`.
    [[nodiscard]] bool is_port_already_exists() const noexcept {
        return code_ == HResult::PortAlreadyExists;
    }

private:
    HResult code_;
};

/// A network, endpoint or load balancer looked up by id or name does not exist. The message is
/// hcsshim's: `Network name "flannel.4096" not found`, `Endpoint ID "..." not found`,
/// `LoadBalancer "..." not found`.
class NotFoundError : public HnsError {
public:
    /// Creates the error for the object of `kind` ("Network", "Endpoint", "LoadBalancer") looked
    /// up by `key_kind` ("name", "ID" or empty) with value `key`, as `operation` reports it.
    NotFoundError(const std::string& operation, HResult code, const std::string& kind,
                  const std::string& key_kind, const std::string& key);
    /// Creates the error with a complete description of what was not found, for lookups that
    /// are not by one id or name (an endpoint by IP on a network).
    NotFoundError(const std::string& operation, HResult code, const std::string& detail);
};

} // namespace winnet::hns
