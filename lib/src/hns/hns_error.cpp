#include <winnet/hns/hns_error.hpp>

#include <cstdio>

namespace winnet::hns {

std::string to_string(HResult code) {
    switch (code) {
    case HResult::Fail:
        return "E_FAIL";
    case HResult::NotImplemented:
        return "E_NOTIMPL";
    case HResult::ElementNotFound:
        return "ERROR_NOT_FOUND";
    case HResult::NetworkNotFound:
        return "HCN_E_NETWORK_NOT_FOUND";
    case HResult::EndpointNotFound:
        return "HCN_E_ENDPOINT_NOT_FOUND";
    case HResult::InvalidNetworkType:
        return "HCN_E_INVALID_NETWORK_TYPE";
    case HResult::InvalidEndpoint:
        return "HCN_E_INVALID_ENDPOINT";
    case HResult::NetworkAlreadyExists:
        return "HCN_E_NETWORK_ALREADY_EXISTS";
    case HResult::PortAlreadyExists:
        return "HCN_E_PORT_ALREADY_EXISTS";
    case HResult::ManagerStopped:
        return "HCN_E_MANAGER_STOPPED";
    }
    return "HRESULT";
}

namespace {
std::string hex(HResult code) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08x", static_cast<unsigned>(code));
    return buf;
}

std::string not_found_detail(const std::string& kind, const std::string& key_kind,
                             const std::string& key) {
    // hcsshim's wording: NetworkNotFoundError, EndpointNotFoundError, LoadBalancerNotFoundError.
    return kind + (key_kind.empty() ? "" : " " + key_kind) + " \"" + key + "\" not found";
}
} // namespace

HnsError::HnsError(const std::string& operation, HResult code, const std::string& detail)
    : Error(operation + ": HNS failed with " + hex(code) + " (" + to_string(code) + "): " + detail),
      code_(code) {}

NotFoundError::NotFoundError(const std::string& operation, HResult code, const std::string& kind,
                             const std::string& key_kind, const std::string& key)
    : HnsError(operation, code, not_found_detail(kind, key_kind, key)) {}

NotFoundError::NotFoundError(const std::string& operation, HResult code, const std::string& detail)
    : HnsError(operation, code, detail) {}

} // namespace winnet::hns
