// The fixed set of category icons (SVG, drawn in components/ui/category-icon.tsx): they render the
// same on every system, unlike emoji. Client-safe.

export const CATEGORY_ICONS = {
  boat: 'Boat',
  wave: 'Wave',
  car: 'Car',
  scooter: 'Scooter',
  bike: 'Bicycle',
  compass: 'Compass',
  cap: 'Graduation cap',
  scissors: 'Scissors',
  leaf: 'Leaf',
  chat: 'Speech bubble',
  briefcase: 'Briefcase',
  camera: 'Camera',
  tent: 'Tent',
  music: 'Music note',
  ball: 'Ball',
  wrench: 'Wrench',
  home: 'House',
  tag: 'Tag',
} as const;

export type CategoryIconName = keyof typeof CATEGORY_ICONS;
export const CATEGORY_ICON_NAMES = Object.keys(CATEGORY_ICONS) as CategoryIconName[];
export const isCategoryIcon = (name: unknown): name is CategoryIconName => typeof name === 'string' && Object.hasOwn(CATEGORY_ICONS, name);
