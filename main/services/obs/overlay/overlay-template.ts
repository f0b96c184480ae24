import type { JsonObject } from '../obs-link';
import { z } from 'zod';
import templateJson from '../../../../assets/obs/linli-overlay.json';
import { AppError } from '../../../../app/contract/errors';

const colour = z.string().regex(/^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/);
export const overlayRoles = [
  'card',
  'image',
  'title',
  'highlight',
  'price',
  'stock',
  'countdown',
  'noteBar',
  'note',
] as const;
export type OverlayRole = (typeof overlayRoles)[number];

const inputSchema = z.discriminatedUnion('type', [
  z.object({
    name: z.string().min(1),
    type: z.literal('color'),
    role: z.enum(overlayRoles).optional(),
    color: colour,
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  z.object({ name: z.string().min(1), type: z.literal('image'), role: z.enum(overlayRoles).optional() }),
  z.object({
    name: z.string().min(1),
    type: z.literal('text'),
    role: z.enum(overlayRoles).optional(),
    size: z.number().int().positive(),
    color: colour,
    text: z.string().default(''),
  }),
]);
export type TemplateInput = z.infer<typeof inputSchema>;

const itemSchema = z.object({
  source: z.string().min(1),
  x: z.number(),
  y: z.number(),
  boxWidth: z.number().positive().optional(),
  boxHeight: z.number().positive().optional(),
});
export type TemplateItem = z.infer<typeof itemSchema>;

const templateSchema = z.object({
  version: z.literal(1),
  overlayScene: z.string().min(1),
  fonts: z.record(z.string(), z.string()),
  inputs: z.array(inputSchema),
  scenes: z.array(z.object({ name: z.string().min(1), items: z.array(itemSchema) })),
});
export type OverlayTemplate = z.infer<typeof templateSchema>;

/** The Linli scene set shipped in assets/obs; checked at load so a bad edit fails loudly, not in OBS. */
export const overlayTemplate: OverlayTemplate = templateSchema.parse(templateJson);

export function inputForRole(template: OverlayTemplate, role: OverlayRole): TemplateInput | undefined {
  return template.inputs.find((input) => input.role === role);
}

/** "#RRGGBB" / "#AARRGGBB" → OBS's 0xAABBGGRR. */
export function obsColour(hex: string): number {
  const value = hex.slice(1);
  const alpha = value.length === 8 ? value.slice(0, 2) : 'ff';
  const rgb = value.length === 8 ? value.slice(2) : value;
  return Number.parseInt(`${alpha}${rgb.slice(4, 6)}${rgb.slice(2, 4)}${rgb.slice(0, 2)}`, 16);
}

/** Text sources differ per OS: GDI+ on Windows, FreeType elsewhere. OBS tells which ones it has. */
export function pickTextKind(kinds: readonly string[]): string {
  const preferred = ['text_gdiplus_v3', 'text_gdiplus_v2', 'text_ft2_source_v2'];
  const found = preferred.find((kind) => kinds.includes(kind));
  if (!found)
    throw new AppError('OBS_UNAVAILABLE', 'this OBS has no text source', {
      reason: 'text',
      kinds: kinds.length,
    });
  return found;
}

export function textSettings(
  kind: string,
  face: string,
  size: number,
  hex: string,
  text: string,
): JsonObject {
  const abgr = obsColour(hex);
  const font = { face, size, style: 'Regular', flags: 0 };
  if (kind.startsWith('text_gdiplus'))
    return { text, font, color: abgr & 0xffffff, opacity: Math.round(((abgr >>> 24) / 255) * 100) };
  return { text, font, color1: abgr, color2: abgr, outline: false, drop_shadow: false };
}

export interface ObsInputSpec {
  inputKind: string;
  inputSettings: JsonObject;
}

export function inputSpec(input: TemplateInput, textKind: string, face: string): ObsInputSpec {
  switch (input.type) {
    case 'color':
      return {
        inputKind: 'color_source_v3',
        inputSettings: { color: obsColour(input.color), width: input.width, height: input.height },
      };
    case 'image':
      return { inputKind: 'image_source', inputSettings: {} };
    case 'text':
      return {
        inputKind: textKind,
        inputSettings: textSettings(textKind, face, input.size, input.color, input.text),
      };
  }
}
