import { isCategoryIcon, type CategoryIconName } from '@/lib/catalog/category-icons';

// Stroke icons on a 24-unit grid, one per name in lib/catalog/category-icons.ts; an unknown or
// missing name draws the tag. Decorative: the category's name is always written next to it.
const PATHS: Record<CategoryIconName, string[]> = {
  boat: ['M3 15h18l-2.5 4.5h-13z', 'M12 3v12', 'M12 4l6 9h-6'],
  wave: ['M2 12c2.5-3 5-3 7.5 0s5 3 7.5 0 3.5-2 5 0', 'M2 17c2.5-3 5-3 7.5 0s5 3 7.5 0 3.5-2 5 0'],
  car: ['M4 16v-4l2-5h12l2 5v4z', 'M4 12h16', 'M7 16v2', 'M17 16v2', 'M7.5 14h.01', 'M16.5 14h.01'],
  scooter: ['M6 18a2 2 0 1 0 0-.01', 'M18 18a2 2 0 1 0 0-.01', 'M8 18h8l-2-9h3', 'M14 9V6h2'],
  bike: ['M6 17a3 3 0 1 0 0-.01', 'M18 17a3 3 0 1 0 0-.01', 'M6 17l4-7h6l2 7', 'M10 10l-1-3H7', 'M14 7h2'],
  compass: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M15.5 8.5l-2 5-5 2 2-5z'],
  cap: ['M2 9l10-5 10 5-10 5z', 'M6 11v5c3 2 9 2 12 0v-5', 'M22 9v5'],
  scissors: ['M6 7a2.5 2.5 0 1 0 0-.01', 'M6 17a2.5 2.5 0 1 0 0-.01', 'M8 8l12 10', 'M8 16L20 6'],
  leaf: ['M5 19c0-9 6-14 15-14 0 9-5 15-14 15', 'M5 19l8-8'],
  chat: ['M4 5h16v11H9l-5 4z', 'M8 9h8', 'M8 12h5'],
  briefcase: ['M3 8h18v11H3z', 'M9 8V5h6v3', 'M3 13h18'],
  camera: ['M3 8h4l2-3h6l2 3h4v11H3z', 'M12 17a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z'],
  tent: ['M12 4L3 20h18z', 'M12 4v16', 'M9 20l3-6 3 6'],
  music: ['M9 18V5l11-2v13', 'M6 18a3 3 0 1 0 0-.01', 'M17 16a3 3 0 1 0 0-.01'],
  ball: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M3 12h18', 'M12 3c3 3 3 15 0 18', 'M12 3c-3 3-3 15 0 18'],
  wrench: ['M14 6a4 4 0 0 0 5 5l-9 9a2 2 0 0 1-3-3l9-9a4 4 0 0 0-2-2z'],
  home: ['M3 11l9-7 9 7', 'M5 10v10h14V10', 'M10 20v-6h4v6'],
  tag: ['M3 12V4h8l10 10-8 8z', 'M7.5 8.5h.01'],
};

export function CategoryIcon({ name, className = 'h-6 w-6' }: { name: string | null | undefined; className?: string }) {
  const icon: CategoryIconName = isCategoryIcon(name) ? name : 'tag';
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className={className}>
      {PATHS[icon].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
