import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OverlayProduct } from '../../../../app/contract/obs-schemas';
import type { ObsCaller } from '../obs-link';
import { inputForRole, overlayRoles, type OverlayRole, type OverlayTemplate } from './overlay-template';

const noteRoles: readonly OverlayRole[] = ['noteBar', 'note'];
const cardRoles = overlayRoles.filter((role) => !noteRoles.includes(role));

/** "04:59", or "1:04:59" past an hour; never negative. */
export function countdownText(label: string, endsAt: number, now: number): string {
  const total = Math.max(0, Math.ceil((endsAt - now) / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const seconds = String(total % 60).padStart(2, '0');
  return `${label} ${hours > 0 ? `${hours}:${minutes}` : minutes}:${seconds}`.trim();
}

/**
 * What is on the overlay, kept in main so it can be put back after OBS restarts, and the one place that turns
 * a product into OBS source settings.
 */
export class OverlayState {
  product: OverlayProduct | null = null;
  note = '';
  private pictures = 0;

  constructor(
    private readonly template: OverlayTemplate,
    private readonly pictureDir: string,
  ) {}

  async show(obs: ObsCaller, product: OverlayProduct, now: number): Promise<void> {
    const picture = product.imagePng === null ? '' : this.writePicture(product.imagePng);
    await Promise.all([
      this.setText(obs, 'title', product.title),
      this.setText(obs, 'highlight', product.highlight),
      this.setText(obs, 'price', product.price),
      this.setText(obs, 'stock', product.stock),
      this.setText(obs, 'countdown', this.countdownOf(product, now)),
      this.setPicture(obs, picture),
    ]);
    const hidden = new Set<OverlayRole>();
    if (product.countdownEndsAt === null) hidden.add('countdown');
    if (product.imagePng === null) hidden.add('image');
    await Promise.all([
      this.setVisible(
        obs,
        cardRoles.filter((role) => !hidden.has(role)),
        true,
      ),
      this.setVisible(obs, [...hidden], false),
    ]);
    this.product = product;
  }

  async hide(obs: ObsCaller): Promise<void> {
    await this.setVisible(obs, cardRoles, false);
    this.product = null;
  }

  async showNote(obs: ObsCaller, text: string): Promise<void> {
    await this.setText(obs, 'note', text);
    await this.setVisible(obs, noteRoles, text.length > 0);
    this.note = text;
  }

  /** Called every second while a countdown runs; cheap, one SetInputSettings. */
  async tick(obs: ObsCaller, now: number): Promise<void> {
    if (this.product?.countdownEndsAt == null) return;
    await this.setText(obs, 'countdown', this.countdownOf(this.product, now));
  }

  /** After a reconnect: OBS may have restarted with a fresh scene collection. */
  async restore(obs: ObsCaller, now: number): Promise<void> {
    if (this.product) await this.show(obs, this.product, now);
    else await this.setVisible(obs, cardRoles, false);
    await this.showNote(obs, this.note);
  }

  private countdownOf(product: OverlayProduct, now: number): string {
    return product.countdownEndsAt === null
      ? ''
      : countdownText(product.countdownLabel, product.countdownEndsAt, now);
  }

  private writePicture(base64: string): string {
    mkdirSync(this.pictureDir, { recursive: true });
    // Alternating names make OBS reload the picture; it caches by path.
    this.pictures += 1;
    const file = join(this.pictureDir, `product-${this.pictures % 2}.png`);
    writeFileSync(file, Buffer.from(base64, 'base64'));
    return file;
  }

  private async setText(obs: ObsCaller, role: OverlayRole, text: string): Promise<void> {
    const input = inputForRole(this.template, role);
    if (input) await obs.call('SetInputSettings', { inputName: input.name, inputSettings: { text } });
  }

  private async setPicture(obs: ObsCaller, file: string): Promise<void> {
    const input = inputForRole(this.template, 'image');
    if (input && file) await obs.call('SetInputSettings', { inputName: input.name, inputSettings: { file } });
  }

  private async setVisible(obs: ObsCaller, roles: readonly OverlayRole[], enabled: boolean): Promise<void> {
    const sceneName = this.template.overlayScene;
    await Promise.all(
      roles.map(async (role) => {
        const input = inputForRole(this.template, role);
        if (!input) return;
        const { sceneItemId } = await obs.call('GetSceneItemId', { sceneName, sourceName: input.name });
        await obs.call('SetSceneItemEnabled', { sceneName, sceneItemId, sceneItemEnabled: enabled });
      }),
    );
  }
}
