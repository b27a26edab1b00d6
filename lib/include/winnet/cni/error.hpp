/// @file
/// CniError: a failure reported as the CNI specification asks, with a code and a message.
#pragma once

#include <winnet/error.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace winnet::cni {

/// The error codes of the CNI specification ("Error" section of SPEC.md; the constants of
/// containernetworking/cni `pkg/types`). A plugin prints them in its error object on standard
/// output and exits non-zero.
enum class ErrorCode : std::uint32_t {
    /// Unknown error (0), not used by the plugins.
    Unknown = 0,
    /// The netconf's `cniVersion` is not one the plugin supports (1, `ErrIncompatibleCNIVersion`).
    IncompatibleCniVersion = 1,
    /// A field of the netconf is not supported (2, `ErrUnsupportedField`).
    UnsupportedField = 2,
    /// The container is unknown or `CNI_CONTAINERID` is empty (3, `ErrUnknownContainer`).
    UnknownContainer = 3,
    /// A required `CNI_*` environment variable is missing or invalid (4,
    /// `ErrInvalidEnvironmentVariables`).
    InvalidEnvironmentVariables = 4,
    /// Standard input could not be read (5, `ErrIOFailure`).
    IoFailure = 5,
    /// The netconf is not JSON, or its `cniVersion` or `name` cannot be decoded (6,
    /// `ErrDecodingFailure`).
    DecodingFailure = 6,
    /// The netconf fails validation, for example it has no `name` (7, `ErrInvalidNetworkConfig`).
    InvalidNetworkConfig = 7,
    /// The network namespace is not usable (8, `ErrInvalidNetNS`).
    InvalidNetNs = 8,
    /// Try again later: a resource is temporarily unavailable (11, `ErrTryAgainLater`).
    TryAgainLater = 11,
    /// Any other failure of the plugin (999, `ErrInternal`): what the Windows plugins report
    /// for every error of their own (skel wraps a plain Go error with this code).
    Internal = 999,
};

/// The code's name in the CNI library, for example "ErrInvalidNetworkConfig".
std::string to_string(ErrorCode code);

/// A CNI plugin failure: the error object a plugin prints (`{"code":7,"msg":"...",
/// "details":"..."}`) as an exception. `what()` is the message as Go's `types.Error.Error()`
/// gives it: `msg`, then "; details" when there are details.
class CniError : public Error {
public:
    /// Creates the error with `code`, the message `msg` and optional `details`.
    CniError(ErrorCode code, std::string msg, std::string details = {});
    /// The specification's error code.
    [[nodiscard]] ErrorCode code() const noexcept { return code_; }
    /// The message, JSON `msg`.
    [[nodiscard]] const std::string& msg() const noexcept { return msg_; }
    /// Further details, JSON `details`; empty when there are none.
    [[nodiscard]] const std::string& details() const noexcept { return details_; }
    /// The error object as a plugin prints it on standard output (`types.Error.Print`: Go's
    /// `json.MarshalIndent` with four spaces, no final newline): `code`, `msg`, and `details`
    /// when not empty.
    [[nodiscard]] std::string to_json() const;

private:
    ErrorCode code_;
    std::string msg_;
    std::string details_;
};

} // namespace winnet::cni
