/// @file
/// The API server's HostProcess-related validation rules (kube-apiserver,
/// `pkg/apis/core/validation`), with the field paths and messages `kubectl apply` prints.
#pragma once

#include <winnet/hostprocess/workload.hpp>

#include <string>
#include <vector>

namespace winnet::hostprocess {

/// The kind of a validation error, as apimachinery's `field.ErrorType` names it in messages.
enum class FieldErrorType {
    /// `Invalid value`: the value is malformed or contradicts another field; the message shows
    /// the value.
    Invalid,
    /// `Forbidden`: the field may not be set here (by cluster policy or for this OS).
    Forbidden,
    /// `Required value`: the field must be set.
    Required,
    /// `Unsupported value`: the value is not one of the allowed ones, which the message lists.
    NotSupported,
};

/// One validation error of the API server (apimachinery `field.Error`): where, what kind, the
/// value as the server prints it, and the detail.
struct FieldError {
    /// The kind of error.
    FieldErrorType type = FieldErrorType::Invalid;
    /// The field path as the server writes it: `spec.template.spec.hostNetwork`,
    /// `spec.containers[1].securityContext.windowsOptions.hostProcess`.
    std::string field;
    /// The offending value as the server prints it (`false`, `""`, `8080`,
    /// `"NT AUTHORITY\\SYSTEM\\x"`); empty for Forbidden and Required errors, which show none.
    std::string value;
    /// What is wrong, after the value (apimachinery `Detail`).
    std::string details;
    /// The id of the rule in `rules()` that produced it.
    std::string rule;

    /// The message without the field: `Invalid value: false: hostNetwork must be true if pod
    /// contains any hostProcess containers` (apimachinery `ErrorBody`).
    [[nodiscard]] std::string body() const;
    /// `field: body`, one line of kubectl's output.
    [[nodiscard]] std::string to_string() const;

    /// Errors are equal when every field is.
    friend bool operator==(const FieldError&, const FieldError&) = default;
};

/// The HostProcess-related errors the API server returns when `workload` is created, in the
/// order it returns them: each container's security context (`--allow-privileged`,
/// `runAsUserName`, gMSA), host ports under host networking, the pod's security context, the
/// HostProcess rules, user namespaces, the OS field, then ephemeral containers. Pods are
/// defaulted first as the server does (a hostNetwork Pod's unset `hostPort` becomes its
/// `containerPort`). `allow_privileged` is kube-apiserver's `--allow-privileged` (true in
/// kubeadm clusters). Other validation (images, names, selectors) is not repeated here.
std::vector<FieldError> validate(const Workload& workload, bool allow_privileged = true);

/// What kubectl prints when the API server rejects `workload` with `errors` (non-empty):
/// `The DaemonSet "kube-proxy-windows" is invalid: spec.template.spec.hostNetwork: Invalid
/// value: ...`, or a header line followed by one `* field: message` line per error when there
/// are several. Repeated lines are printed once, as kubectl does.
std::string invalid_message(const Workload& workload, const std::vector<FieldError>& errors);

/// The pod spec as the API server stores it after defaulting: for a Pod with `hostNetwork`, an
/// unset `hostPort` of a container or init container becomes its `containerPort` (since 1.28
/// only for Pods; before, templates were defaulted too).
PodSpec defaulted(const Workload& workload);

} // namespace winnet::hostprocess
