// The sentences behind the notice codes actions redirect with (?notice=approved). Codes, not
// text, travel in the URL, so nobody can put words in the portal's mouth with a crafted link.
export const proposalNotices: Record<string, { tone: "success" | "problem"; text: string }> = {
  submitted: { tone: "success", text: "Your proposal was submitted. Editors have been told; you will get an email when it is reviewed." },
  approved: { tone: "success", text: "Approved and published. The entry page and search show the change." },
  "changes-requested": { tone: "success", text: "Changes requested. The proposer has been told why." },
  rejected: { tone: "success", text: "Rejected. The proposer has been told why." },
  withdrawn: { tone: "success", text: "The proposal was withdrawn." },
  commented: { tone: "success", text: "Your comment was added." },
  updated: { tone: "success", text: "The proposal now includes everything published since it was made; nothing conflicted." },
  "updated-with-conflicts": { tone: "problem", text: "The proposal was updated, but some of its changes overlap with what was published since. It went back to the author to check them (see the comment)." },
  "out-of-date": { tone: "problem", text: "Not published: the entry changed since this proposal was made. Use “Update to current”, check the result, then approve." },
  conflict: { tone: "problem", text: "Nothing was changed: someone else changed this proposal or entry in the meantime. The page now shows the latest version." },
  invalid: { tone: "problem", text: "Nothing was changed: the proposal does not pass the catalogue's checks any more. Ask the author to update it." },
  "not-found": { tone: "problem", text: "That no longer exists." },
  "reason-required": { tone: "problem", text: "Nothing was changed: give a reason when you request changes or reject a proposal." },
  saved: { tone: "success", text: "Draft saved." },
  reverted: { tone: "success", text: "Reverted: a new revision with the earlier content is published." },
  archived: { tone: "success", text: "Archived: the entry left the catalogue and search. Its page and history stay, marked as archived." },
  restored: { tone: "success", text: "Restored: the entry is back in the catalogue and in search." },
};
