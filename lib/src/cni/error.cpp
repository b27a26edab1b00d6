#include "cni/go_decode.hpp"
#include "json/go_writer.hpp"

#include <winnet/cni/error.hpp>

namespace winnet::cni {

std::string to_string(ErrorCode code) {
    switch (code) {
    case ErrorCode::Unknown:
        return "ErrUnknown";
    case ErrorCode::IncompatibleCniVersion:
        return "ErrIncompatibleCNIVersion";
    case ErrorCode::UnsupportedField:
        return "ErrUnsupportedField";
    case ErrorCode::UnknownContainer:
        return "ErrUnknownContainer";
    case ErrorCode::InvalidEnvironmentVariables:
        return "ErrInvalidEnvironmentVariables";
    case ErrorCode::IoFailure:
        return "ErrIOFailure";
    case ErrorCode::DecodingFailure:
        return "ErrDecodingFailure";
    case ErrorCode::InvalidNetworkConfig:
        return "ErrInvalidNetworkConfig";
    case ErrorCode::InvalidNetNs:
        return "ErrInvalidNetNS";
    case ErrorCode::TryAgainLater:
        return "ErrTryAgainLater";
    case ErrorCode::Internal:
        return "ErrInternal";
    }
    return "ErrUnknown";
}

namespace {
std::string full_message(const std::string& msg, const std::string& details) {
    return details.empty() ? msg : msg + "; " + details;
}
} // namespace

CniError::CniError(ErrorCode code, std::string msg, std::string details)
    : Error(full_message(msg, details)), code_(code), msg_(std::move(msg)),
      details_(std::move(details)) {}

// containernetworking/cni pkg/types: Error{Code, Msg, Details omitempty}, printed by
// prettyPrint (json.MarshalIndent(obj, "", "    ")).
std::string CniError::to_json() const {
    json::GoWriter w;
    w.begin_object();
    w.key("code");
    w.number(static_cast<std::uint64_t>(code_));
    w.key("msg");
    w.string(msg_);
    if (!details_.empty()) {
        w.key("details");
        w.string(details_);
    }
    w.end_object();
    return detail::indent4(w.take());
}

} // namespace winnet::cni
