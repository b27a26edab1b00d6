/// @file
/// The table of every rule the checker reproduces: where it is enforced, the message and field
/// path as they are printed, the Kubernetes version it appeared in, and its upstream source.
#pragma once

#include <winnet/hostprocess/check.hpp>

#include <string>
#include <vector>

namespace winnet::hostprocess {

/// One rule: a condition some component refuses, and how it says so.
struct Rule {
    /// Stable id, carried by every error the rule produces (`hostProcess-host-network`).
    std::string id;
    /// Where it is enforced.
    Stage stage = Stage::ApiServer;
    /// What is refused, in a sentence.
    std::string summary;
    /// The message as printed, with the variable parts in braces (`Invalid value: {hostPort}:
    /// must match ...`).
    std::string message;
    /// The field path the message names, with `SPEC` for the pod spec's path (`spec`,
    /// `spec.template.spec`, ...) and `CONTAINER` for a container's (`SPEC.containers[0]`,
    /// also init and ephemeral containers); empty when the message names none.
    std::string path;
    /// The Kubernetes version (or component version) that introduced it, and later changes.
    std::string since;
    /// The upstream code that enforces it (file and function).
    std::string upstream;
};

/// Every rule, grouped by stage in the order a manifest meets them.
const std::vector<Rule>& rules();

/// The rule with id `id`; throws winnet::Error for an unknown id.
const Rule& rule(const std::string& id);

} // namespace winnet::hostprocess
