import Link from "next/link";
import { HeaderSearch } from "@/components/search/header-search";
import { AccountNav } from "@/components/layout/account-nav";

const nav = [
  { href: "/specifications", label: "Specifications" },
  { href: "/datasets", label: "Priority datasets" },
  { href: "/use-cases", label: "Use cases" },
  { href: "/building-blocks", label: "Building blocks" },
  { href: "/mims", label: "MIMs" },
  { href: "/coverage", label: "Coverage" },
  { href: "/search", label: "Search" },
  { href: "/lists", label: "Reference lists" },
  { href: "/releases", label: "Releases" },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            DS
          </span>
          <span>
            DS4SSCC <span className="brand-sub">Catalogue of Specifications</span>
          </span>
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
        <AccountNav />
      </div>
    </header>
  );
}
